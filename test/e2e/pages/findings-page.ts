import type { Locator, Page } from 'playwright-core';

/** The Findings tab: rows `finding` with `data-code`, fix buttons `fix-<code>`. */
export class FindingsPage {
  readonly tab: Locator;
  readonly all: Locator;
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('tab-findings');
    this.all = page.getByTestId('finding');
    this.panel = page.getByTestId('findings-panel');
  }

  /** Findings of one severity: `error`, `warning` or `info`. */
  withSeverity(severity: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-severity="${severity}"]`);
  }

  /** Whether the findings shown are those of the current document (no validation pending). */
  async settled(): Promise<boolean> {
    return (await this.panel.getAttribute('aria-busy')) === 'false';
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  withCode(code: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-code="${code}"]`);
  }

  fix(code: string): Locator {
    return this.withCode(code).getByTestId(`fix-${code}`);
  }
}
