import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };
/** The real-time layer: devices → IoT Core (e1), IoT Core → the readings stream (e2). */
const INTO_STREAM = 'e2';

describe('simulation results, timeline and comparison, on the web host in Chromium', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    session = await openSession({
      consoleErrors: true,
      beforeOpen: async (p) => {
        await p.addInitScript({
          content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ': ' + e.blockedURI));`,
        });
      },
    });
    ({ page, app } = session);
    await page.setViewportSize({ width: 1600, height: 1000 });
  });

  afterAll(() => session?.close());

  it('runs the real-time layer, shows the summary, charts and loads over time, and compares 2 with 4 shards', async () => {
    const { canvas, inspector, simulation } = app;
    await app.newFromTemplate('real-time-layer');
    await canvas.node('readings').waitFor();

    // 3,000 devices publish 1 message/s each into a stream of 2 shards (2,000 records/s): it throttles.
    await canvas.select('devices');
    await inspector.type('deviceCount', '3000');
    await canvas.select('readings');
    await inspector.type('capacity.shardCount', '2');

    await simulation.open();
    // A taller bottom panel (the separator moves 24 px per arrow key).
    await page.getByRole('separator', { name: 'Resize the bottom panel' }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    await simulation.setDuration(120);
    await simulation.runToEnd();

    // The summary: records delivered, throttled ones, and the monthly cost.
    await simulation.summary.waitFor();
    expect(await simulation.kpiValue('throughput')).toBeGreaterThan(0);
    expect(await simulation.kpiValue('throttled')).toBeGreaterThan(0);
    expect(await simulation.kpi('cost').textContent()).toMatch(/\$[0-9,]+/);
    await page.getByTestId('sim-bottlenecks').getByText(/set shards to \d+/).waitFor();

    // Before the timeline moves, the canvas shows each element at its peak: the stream is over its limit.
    await expect.poll(() => simulation.edgeLoad(INTO_STREAM).getAttribute('data-level'), poll).toBe('over');
    await expect.poll(() => simulation.nodeLoad('readings').getAttribute('data-level'), poll).toBe('over');
    expect(await simulation.edgeLoad('e1').count()).toBe(1); // into IoT Core: its publish quota
    expect(await simulation.nodeLoad('devices').count()).toBe(0); // a fleet has no modelled limit

    // The stream's charts, for the node selected on the canvas.
    await simulation.view('charts').click();
    await page.locator('[data-testid="sim-node-detail"][data-node-id="readings"]').waitFor();
    await simulation.chart('records').locator('canvas').waitFor();
    await simulation.chart('utilization').waitFor();
    await simulation.chart('iterator-age').waitFor();
    await page.screenshot({ path: '/tmp/sim-ui-charts.png' });

    // A click on a chart moves the timeline to that time; every chart draws it as a cursor.
    await simulation.chart('records').locator('.u-over').scrollIntoViewIfNeeded();
    const plot = (await simulation.chart('records').locator('.u-over').boundingBox())!;
    await page.mouse.move(plot.x + plot.width * 0.2, plot.y + plot.height / 2);
    await page.mouse.click(plot.x + plot.width * 0.2, plot.y + plot.height / 2);
    await expect.poll(() => simulation.timeline.getAttribute('data-moment'), poll).toMatch(/^\d+$/);
    await page.screenshot({ path: '/tmp/sim-ui-cursor.png' });

    // The timeline: at the start the stream is over its limit; at the end (sources stopped,
    // Firehose buffers draining) nothing is written to it, so the bar turns green.
    await simulation.scrub('Home');
    await expect.poll(() => simulation.edgeLoad(INTO_STREAM).getAttribute('data-level'), poll).toBe('over');
    expect(await simulation.moment.textContent()).toMatch(/^0 s – /);
    await simulation.scrub('End');
    await expect.poll(() => simulation.edgeLoad(INTO_STREAM).getAttribute('data-level'), poll).toBe('ok');
    await simulation.view('summary').click();
    await page.screenshot({ path: '/tmp/sim-ui-summary.png' });

    // Pin as A, give the stream 4 shards, run again: B no longer throttles and costs more.
    await simulation.pin.click();
    await simulation.pinned.waitFor();
    await canvas.select('readings');
    await inspector.type('capacity.shardCount', '4');
    await simulation.runToEnd();
    await simulation.view('compare').click();
    await simulation.compare.waitFor();
    const throttled = simulation.compareRow('throttled');
    expect(Number(await throttled.getAttribute('data-a'))).toBeGreaterThan(0);
    expect(Number(await throttled.getAttribute('data-b'))).toBe(0);
    expect(await throttled.getAttribute('data-verdict')).toBe('better');
    expect(await simulation.compareRow('monthlyUsd').getAttribute('data-verdict')).toBe('worse');
    await page.getByTestId('sim-compare-node-readings').waitFor();
    // At its peak the stream now runs at 75 %: amber.
    await simulation.scrub('Home');
    await page.getByTestId('sim-peak').click();
    await expect.poll(() => simulation.edgeLoad(INTO_STREAM).getAttribute('data-level'), poll).toBe('busy');
    await page.screenshot({ path: '/tmp/sim-ui-compare.png' });

    // Twelve months of storage and cost, from main's cost model.
    await simulation.view('projection').click();
    await simulation.projectionMonths.fill('12');
    await simulation.project.click();
    await page.getByTestId('sim-projection-month-12').waitFor();
    await simulation.chart('projection-cost').locator('canvas').waitFor();
    await simulation.chart('projection-storage').waitFor();
    await page.screenshot({ path: '/tmp/sim-ui-projection.png' });

    // A long run shows its progress and can be cancelled; the last results stay.
    await simulation.setDuration(2_000_000);
    await simulation.run.click();
    await expect.poll(() => simulation.status.textContent(), poll).toMatch(/^Simulating… (?!0 s)\S+.* simulated/);
    await simulation.cancel.click();
    await page.locator('[data-testid="simulate-progress"][data-status="cancelled"]').waitFor();
    expect(await simulation.status.textContent()).toBe('Cancelled');
    await simulation.view('summary').click();
    await simulation.summary.waitFor();

    await page.emulateMedia({ colorScheme: 'dark' });
    await simulation.view('charts').click();
    await simulation.chart('records').locator('canvas').waitFor();
    await page.screenshot({ path: '/tmp/sim-ui-dark.png' });

    expect(session.errors).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
  });
});
