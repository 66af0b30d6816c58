import type { Locator, Page } from 'playwright-core';

/**
 * The Simulation tab: settings, Run / Cancel, progress, pin; the timeline `sim-timeline`; the result
 * views `sim-view-<summary|charts|nodes|compare|projection>`; result rows `sim-result-<nodeId>`;
 * summary figures `sim-kpi-<id>`; charts `sim-chart-<id>`; comparison rows `sim-compare-<figure>`
 * (`data-a`, `data-b`, `data-verdict`). On the canvas: `edge-load-<edgeId>` and `node-load-<nodeId>`
 * (`data-level` ok / busy / over, `data-load` the share).
 */
export class SimulationPage {
  readonly tab: Locator;
  readonly duration: Locator;
  readonly resolution: Locator;
  readonly run: Locator;
  readonly cancel: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly summary: Locator;
  readonly timeline: Locator;
  readonly moment: Locator;
  readonly pin: Locator;
  readonly pinned: Locator;
  readonly compare: Locator;
  readonly projectionMonths: Locator;
  readonly project: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('tab-simulation');
    this.duration = page.getByTestId('sim-duration');
    this.resolution = page.getByTestId('sim-resolution');
    this.run = page.getByTestId('simulate-run');
    this.cancel = page.getByTestId('simulate-cancel');
    this.progress = page.getByTestId('simulate-progress');
    this.status = page.getByTestId('simulate-status');
    this.summary = page.getByTestId('sim-summary');
    this.timeline = page.getByTestId('sim-timeline');
    this.moment = page.getByTestId('sim-moment');
    this.pin = page.getByTestId('sim-pin');
    this.pinned = page.getByTestId('sim-pinned');
    this.compare = page.getByTestId('sim-compare');
    this.projectionMonths = page.getByTestId('sim-projection-months');
    this.project = page.getByTestId('sim-project');
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  async setDuration(seconds: number): Promise<void> {
    await this.duration.fill(String(seconds));
    await this.duration.press('Enter');
  }

  /** Runs the current document and waits until this run has completed. */
  async runToEnd(timeout = 60_000): Promise<void> {
    await this.run.click();
    await this.page.locator('[data-testid="simulate-progress"][data-status="completed"]').waitFor({ timeout });
  }

  view(id: 'summary' | 'charts' | 'nodes' | 'compare' | 'projection'): Locator {
    return this.page.getByTestId(`sim-view-${id}`);
  }

  result(nodeId: string): Locator {
    return this.page.getByTestId(`sim-result-${nodeId}`);
  }

  kpi(id: string): Locator {
    return this.page.getByTestId(`sim-kpi-${id}`);
  }

  chart(id: string): Locator {
    return this.page.getByTestId(`sim-chart-${id}`);
  }

  /** A summary figure's value as a number (`1,234` → 1234). */
  async kpiValue(id: string): Promise<number> {
    const text = (await this.kpi(id).locator('.sim-kpi__value').textContent()) ?? '';
    return Number(text.replace(/[^0-9.]/g, ''));
  }

  /** The timeline at its first (`Home`) or last (`End`) bucket, or a step (`ArrowRight`). */
  async scrub(key: 'Home' | 'End' | 'ArrowRight' | 'ArrowLeft'): Promise<void> {
    await this.timeline.focus();
    await this.timeline.press(key);
  }

  edgeLoad(edgeId: string): Locator {
    return this.page.getByTestId(`edge-load-${edgeId}`);
  }

  nodeLoad(nodeId: string): Locator {
    return this.page.getByTestId(`node-load-${nodeId}`);
  }

  compareRow(figure: string): Locator {
    return this.page.getByTestId(`sim-compare-${figure}`);
  }

  /** Objects written by a node in the last run, read from its result row. */
  async objectsWritten(nodeId: string): Promise<number> {
    return Number(await this.result(nodeId).getAttribute('data-objects-written'));
  }
}
