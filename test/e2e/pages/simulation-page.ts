import type { Locator, Page } from 'playwright-core';

/** The Simulation tab: settings, Run / Cancel, progress and the result rows `sim-result-<nodeId>`. */
export class SimulationPage {
  readonly tab: Locator;
  readonly duration: Locator;
  readonly run: Locator;
  readonly cancel: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('tab-simulation');
    this.duration = page.getByTestId('sim-duration');
    this.run = page.getByTestId('simulate-run');
    this.cancel = page.getByTestId('simulate-cancel');
    this.progress = page.getByTestId('simulate-progress');
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  async setDuration(seconds: number): Promise<void> {
    await this.duration.fill(String(seconds));
    await this.duration.press('Enter');
  }

  result(nodeId: string): Locator {
    return this.page.getByTestId(`sim-result-${nodeId}`);
  }

  /** Objects written by a node in the last run, read from its result row. */
  async objectsWritten(nodeId: string): Promise<number> {
    return Number(await this.result(nodeId).getAttribute('data-objects-written'));
  }
}
