import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/shared/findings/codes';
import { openSession, RESULTS, type Session } from './harness/session';
import { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };
const VALIDATE = '**/api/invoke/pipeline:validate';

/** Template grid (templates/build.ts): columns 260 apart, rows 130; nodes 200 × 72. */
const COLUMN = 260;
const ROW = 130;

describe('findings: live validation, the panel, suppressions and connection hints, on the web host', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;
  let errors: string[] = [];
  let validateRequests = 0;

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true, beforeOpen: (p) => void p.on('request', (r) => void (r.url().includes('/api/invoke/pipeline:validate') && validateRequests++)) });
    ({ page, app, errors } = session);
    await app.newFromTemplate('real-time-layer');
    await app.canvas.node('to-lake').waitFor();
    await app.findings.open();
    await page.locator('[data-testid="findings-panel"][aria-busy="false"]').waitFor();
  });

  afterAll(() => session?.close());

  const activeTestId = () => page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");

  /** Where a canvas point of the template grid is on screen, from two nodes of known position. */
  async function screenPoint(flow: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const a = (await app.canvas.body('devices').boundingBox())!; // column 0, row 2
    const b = (await app.canvas.body('anomalies').boundingBox())!; // column 3, row 0
    const scale = (b.x - a.x) / (3 * COLUMN);
    return { x: a.x + flow.x * scale, y: a.y + (flow.y - 2 * ROW) * scale };
  }

  it('reveals a finding’s setting: selects the node, frames it and focuses the field', async () => {
    const { canvas, inspector, findings } = app;
    await canvas.select('to-lake');
    await inspector.type('bufferSizeMiB', '500');
    const row = findings.row('PW301', 'to-lake');
    await row.waitFor();

    // Nothing selected, then a click on the finding.
    await canvas.clickPane(12, 12);
    await inspector.node.waitFor({ state: 'detached' });
    await findings.reveal(row);
    await inspector.showing('to-lake').waitFor();
    await expect.poll(() => canvas.node('to-lake').getAttribute('class'), poll).toContain('selected');
    await expect.poll(activeTestId, poll).toBe('inspector-field-bufferSizeMiB');

    // Framed: the node ends up in the middle of the canvas.
    const centreOffset = async () => {
      const node = (await canvas.body('to-lake').boundingBox())!;
      const pane = (await canvas.root.boundingBox())!;
      return Math.hypot(node.x + node.width / 2 - (pane.x + pane.width / 2), node.y + node.height / 2 - (pane.y + pane.height / 2));
    };
    await expect.poll(centreOffset, poll).toBeLessThan(4);

    // Help on hover and expanded.
    expect(await row.getByTestId('finding-open').getAttribute('title')).toContain(FINDING_CODES.PW301.help);
    await row.getByTestId('finding-expand').click();
    expect(await row.getByTestId('finding-details').textContent()).toContain(FINDING_CODES.PW301.help);

    await app.run('undo');
    await row.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('opens a collapsed list item on the way to a finding’s setting', async () => {
    const { canvas, inspector, findings } = app;
    await canvas.fitView();
    await canvas.select('staging');
    await inspector.add('lifecycleRules').click();
    await inspector.add('lifecycleRules.0.transitions').click();
    const days = 'lifecycleRules.0.transitions.0.days';
    await inspector.type(days, '10');
    const row = page.locator(`[data-testid="finding"][data-code="PW301"][data-node-id="staging"][data-path="${days}"]`);
    await row.waitFor();
    // The rule folded to its summary line: the field is gone until the finding asks for it.
    await page.getByTestId('inspector-item-lifecycleRules.0').click();
    await inspector.field(days).waitFor({ state: 'detached' });
    await findings.reveal(row);
    await expect.poll(activeTestId, poll).toBe(`inspector-field-${days}`);
    expect(await page.getByTestId('inspector-item-lifecycleRules.0').getAttribute('aria-expanded')).toBe('true');
    for (let i = 0; i < 3; i++) await app.run('undo');
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => inspector.items('lifecycleRules').count(), poll).toBe(0);
    expect(errors).toEqual([]);
  });

  it('suppresses a warning with a justification, apart and not counted; undo brings it back', async () => {
    const { canvas, inspector, findings } = app;
    await canvas.fitView();
    await canvas.select('lake');
    await inspector.choose('encryption', 'none');
    const row = findings.row('PW601', 'lake');
    await row.waitFor();
    await expect.poll(() => findings.settled(), poll).toBe(true);
    const before = await app.validationCounts();
    expect(before.warnings).toBeGreaterThan(0);

    // The justification is required.
    await row.getByTestId('suppress-PW601').click();
    await findings.suppressDialog.waitFor();
    await expect.poll(activeTestId, poll).toBe('suppress-justification');
    expect(await findings.suppressOk.isDisabled()).toBe(true);
    await findings.justification.fill('   ');
    expect(await findings.suppressOk.isDisabled()).toBe(true);
    await findings.justification.fill('Public sample data: SSE-S3 default applies, nothing to declare.');
    await findings.suppressOk.click();
    await findings.suppressDialog.waitFor({ state: 'detached' });

    // Apart, collapsed: "Suppressed (n)"; the status line counts it as suppressed only.
    await expect.poll(() => app.validationCounts(), poll).toEqual({ ...before, warnings: before.warnings - 1, suppressed: before.suppressed + 1 });
    expect(await app.validation.textContent()).toContain(`${before.warnings - 1} warning`);
    expect(await app.validation.textContent()).toContain(`(${before.suppressed + 1} suppressed)`);
    await expect.poll(() => findings.suppressedToggle.textContent(), poll).toBe(`Suppressed (${before.suppressed + 1})`);
    expect(await findings.withCode('PW601').count()).toBe(0);
    await findings.suppressedToggle.click();
    await row.waitFor();
    expect(await row.getAttribute('data-suppressed')).toBe('true');
    expect(await row.getByTestId('finding-justification').textContent()).toContain('Public sample data');
    await row.getByTestId('unsuppress-PW601').waitFor();
    // Suppressed findings leave the node's badge.
    const badge = canvas.badge('lake');
    if ((await badge.count()) > 0) expect(await badge.getAttribute('title')).not.toContain('no default encryption');
    await row.getByTestId('finding-expand').click();
    await page.screenshot({ path: join(RESULTS, 'findings-panel.png') });

    // Undo: counted again, back among the warnings.
    await app.run('undo');
    await expect.poll(() => row.getAttribute('data-suppressed'), poll).toBeNull();
    expect(await row.getAttribute('data-severity')).toBe('warning');
    await expect.poll(() => app.validationCounts(), poll).toEqual(before);
    await row.getByTestId('suppress-PW601').waitFor();
    expect(errors).toEqual([]);
  });

  it('groups by node and filters', async () => {
    const { findings } = app;
    await findings.groupBy.selectOption('node');
    const lake = page.locator('[data-testid="findings-group"][data-group="lake"]');
    await lake.waitFor();
    expect(await lake.locator('[data-testid="finding"][data-code="PW601"]').count()).toBe(1);
    await findings.filter.fill('pw601');
    await expect.poll(() => findings.all.evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-code')))]), poll).toEqual(['PW601']);
    await findings.filter.fill('');
    await findings.groupBy.selectOption('severity');
    await page.locator('[data-testid="findings-group"][data-group="warning"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('while a connection is drawn, marks which nodes can take it and says why the others cannot', async () => {
    const { canvas } = app;
    await canvas.fitView();
    await canvas.body('devices').waitFor();
    // A producer in the empty first row of the template.
    const drop = await screenPoint({ x: COLUMN + 100, y: 36 });
    const pane = (await canvas.root.boundingBox())!;
    await canvas.dropKind('app-producer', drop.x - pane.x, drop.y - pane.y);
    await canvas.node('app-producer-1').waitFor();
    const edges = await canvas.edges.count();

    await canvas.startConnection('handle-app-producer-1-out-records');
    await canvas.moveOver('lake');
    await expect.poll(() => canvas.connectState('lake'), poll).toBe('invalid');
    expect(await canvas.body('lake').getAttribute('title')).toMatch(/^Cannot connect: Amazon S3 bucket accepts input from .*, not from Application producer/);
    // Hovered, the reason also shows above the canvas, readable at any zoom.
    await expect.poll(() => page.getByTestId('connect-hint').getAttribute('data-node-id'), poll).toBe('lake');
    expect(await page.getByTestId('connect-hint').textContent()).toContain('not from Application producer');
    await canvas.moveOver('to-lake');
    expect(await canvas.connectState('to-lake')).toBe('valid');
    expect(await canvas.connectState('staging')).toBe('invalid');
    expect(await canvas.connectState('app-producer-1')).toBe('source');
    await page.screenshot({ path: join(RESULTS, 'findings-connect-drag.png') });

    // Released on empty canvas (the empty second row): no connection, no marks.
    const empty = await screenPoint({ x: 2 * COLUMN + 100, y: ROW + 36 });
    await page.mouse.move(empty.x, empty.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => canvas.connectState('to-lake'), poll).toBeNull();
    await page.getByTestId('connect-hint').waitFor({ state: 'detached' });
    expect(await canvas.edges.count()).toBe(edges);
    expect(errors).toEqual([]);
  });

  it('marks a connection that findings name at its midpoint', async () => {
    const { canvas, inspector, findings } = app;
    await canvas.connect('handle-app-producer-1-out-records', 'handle-to-lake-in-records');
    await canvas.select('app-producer-1');
    await inspector.type('recordSizeBytes', '2000000');
    const row = findings.row('PW302', 'app-producer-1');
    await row.waitFor();
    const edgeId = (await row.getAttribute('data-edge-id'))!;
    const marker = canvas.edgeBadge(edgeId);
    await marker.waitFor();
    expect(await marker.getAttribute('data-severity')).toBe('error');
    // Its tooltip: the messages of the findings naming the connection.
    expect(await marker.getAttribute('title')).toContain(await row.locator('.finding__message').textContent());
    expect(errors).toEqual([]);
  });

  it('validates a drag once, when it ends, and never waits on a slow answer', async () => {
    const { canvas, inspector, findings } = app;
    await canvas.fitView();
    await expect.poll(() => findings.settled(), poll).toBe(true);
    const before = validateRequests;
    const box = (await canvas.body('catalog').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + box.height / 2 + 30, { steps: 20 });
    expect(validateRequests).toBe(before);
    await page.mouse.up();
    await expect.poll(() => validateRequests, poll).toBe(before + 1);
    await expect.poll(() => findings.settled(), poll).toBe(true);
    expect(validateRequests).toBe(before + 1);

    // Answers held back by 1.5 s: "validating…" shows, and typing goes on meanwhile.
    const slow = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue().catch(() => undefined);
    };
    await page.route(VALIDATE, slow);
    await canvas.select('alerts');
    await inspector.label.fill('Alerting (pager)');
    await inspector.label.press('Tab');
    await page.getByTestId('validating').waitFor();
    expect(await app.validation.getAttribute('data-status')).toBe('pending');
    await inspector.label.fill('Alerting (pager and mail)');
    expect(await inspector.label.inputValue()).toBe('Alerting (pager and mail)');
    expect(await app.validation.getAttribute('data-status')).toBe('pending');
    await inspector.label.press('Tab');
    await page.unroute(VALIDATE, slow);
    await expect.poll(() => app.validation.getAttribute('data-status'), { timeout: 15_000, interval: 100 }).toBe('idle');
    await page.getByTestId('validating').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
