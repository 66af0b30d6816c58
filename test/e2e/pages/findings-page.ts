import type { Locator, Page } from 'playwright-core';

/** The Findings tab: rows `finding` with `data-code`, fix buttons `fix-<code>`. */
export class FindingsPage {
  readonly tab: Locator;
  readonly all: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('tab-findings');
    this.all = page.getByTestId('finding');
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
