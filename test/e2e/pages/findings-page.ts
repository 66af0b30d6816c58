import type { Locator, Page } from 'playwright-core';

/**
 * The Findings tab: rows `finding` (`data-code`, `data-severity`, `data-node-id`, `data-suppressed`),
 * per row `fix-<code>`, `suppress-<code>` or `unsuppress-<code>` and `finding-expand`; the
 * toolbar `findings-filter`, `findings-group-by`, `findings-sort-by`; the collapsed
 * `findings-suppressed-toggle`; the dialog `suppress-dialog` with `suppress-justification` and `suppress-ok`.
 */
export class FindingsPage {
  readonly tab: Locator;
  readonly all: Locator;
  readonly panel: Locator;
  readonly filter: Locator;
  readonly groupBy: Locator;
  readonly sortBy: Locator;
  readonly groups: Locator;
  readonly suppressedToggle: Locator;
  readonly suppressDialog: Locator;
  readonly justification: Locator;
  readonly suppressOk: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('tab-findings');
    this.all = page.getByTestId('finding');
    this.panel = page.getByTestId('findings-panel');
    this.filter = page.getByTestId('findings-filter');
    this.groupBy = page.getByTestId('findings-group-by');
    this.sortBy = page.getByTestId('findings-sort-by');
    this.groups = page.getByTestId('findings-group');
    this.suppressedToggle = page.getByTestId('findings-suppressed-toggle');
    this.suppressDialog = page.getByTestId('suppress-dialog');
    this.justification = page.getByTestId('suppress-justification');
    this.suppressOk = page.getByTestId('suppress-ok');
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

  /** The row of `code` about node `nodeId`. */
  row(code: string, nodeId: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-code="${code}"][data-node-id="${nodeId}"]`);
  }

  fix(code: string): Locator {
    return this.withCode(code).getByTestId(`fix-${code}`);
  }

  /** Clicks the finding itself (not one of its buttons): selects, frames and opens what it names. */
  async reveal(row: Locator): Promise<void> {
    await row.getByTestId('finding-open').click();
  }

  /** Suppress… on the row, a justification, OK. */
  async suppress(row: Locator, code: string, justification: string): Promise<void> {
    await row.getByTestId(`suppress-${code}`).click();
    await this.suppressDialog.waitFor();
    await this.justification.fill(justification);
    await this.suppressOk.click();
    await this.suppressDialog.waitFor({ state: 'detached' });
  }
}
