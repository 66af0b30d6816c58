import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKindOf } from '../../src/shared/catalog/connections';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/shared/model/node-size';
import type { Pipeline } from '../../src/shared/model/pipeline';
import { serializePipeline } from '../../src/shared/model/serialize';
import { TEMPLATES } from '../../src/shared/templates';
import { openSession, RESULTS, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';
import { LayoutPage, type Positions } from './pages/layout-page';

const poll = { timeout: 15_000, interval: 50 };

/** The biggest reference pipeline, its layout scrambled: a reversed diagonal, data flowing right to left. */
function scrambledLake(): Pipeline {
  const lake = TEMPLATES.find((t) => t.id === 'data-lake')!.build();
  // Reversed order (most data edges point left), in two bands so that a fitted view shows every node.
  const slot = (i: number) => lake.nodes.length - i;
  lake.nodes = lake.nodes.map((n, i) => ({ ...n, position: { x: (slot(i) % 18) * 230, y: (Math.floor(slot(i) / 18) * 5 + ((i * 7) % 5)) * 90 } }));
  return lake;
}

/** The lake and the Spark cluster that reads it and writes back: a data cycle, so one of its edges must point left. */
const CYCLE = new Set(['rt-lake', 'analytics-spark']);

function backwardDataEdges(pipeline: Pipeline, at: Positions): string[] {
  return pipeline.edges
    .filter((e) => edgeKindOf(pipeline, e) === 'data' && !(CYCLE.has(e.source) && CYCLE.has(e.target)))
    .filter((e) => at[e.target]!.x <= at[e.source]!.x)
    .map((e) => `${e.source} → ${e.target}`);
}

function overlaps(at: Positions): string[] {
  const list = Object.entries(at);
  return list.flatMap(([a, p], i) => list.slice(i + 1).filter(([, q]) => p.x < q.x + NODE_WIDTH && q.x < p.x + NODE_WIDTH && p.y < q.y + NODE_HEIGHT && q.y < p.y + NODE_HEIGHT).map(([b]) => `${a}/${b}`));
}

describe('layout on the web host, in Chromium', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;
  let layout: LayoutPage;
  const pipeline = scrambledLake();
  const count = pipeline.nodes.length;
  const pinnedId = pipeline.nodes[5]!.id;

  beforeAll(async () => {
    session = await openSession();
    ({ page, app } = session);
    layout = new LayoutPage(page);
    const file = join(await mkdtemp(join(tmpdir(), 'pipewright-e2e-layout-')), 'scrambled.pipewright');
    await writeFile(file, serializePipeline(pipeline));
    await app.run('open');
    await app.dialogs.enterPath(file);
    await app.canvas.node(pipeline.nodes[0]!.id).waitFor();
  });
  afterAll(() => session?.close());

  const allPositions = async () => {
    await expect.poll(() => app.canvas.nodes.count(), poll).toBe(count);
    return layout.positions();
  };

  it('lays a scrambled pipeline out left to right in one undo step, leaving a pinned node where it is', async () => {
    const before = await allPositions();
    expect(backwardDataEdges(pipeline, before).length).toBeGreaterThan(10);

    await app.canvas.select(pinnedId);
    await layout.barCommand('pin').click();
    await layout.pinMark(pinnedId).waitFor();

    await app.run('auto-layout');
    await expect.poll(async () => backwardDataEdges(pipeline, await allPositions()), poll).toEqual([]);
    const after = await allPositions();
    expect(after[pinnedId]).toEqual(before[pinnedId]);
    expect(overlaps(after)).toEqual([]);
    const moved = Object.keys(after).filter((id) => after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y);
    expect(moved.length).toBeGreaterThan(count / 2);
    await app.canvas.clickPane(5, 5);
    await page.waitForTimeout(300); // the fit-view animation, for the picture only
    await page.screenshot({ path: join(RESULTS, 'e2e-auto-layout.png') });

    // One step: undo puts every node back (the pin stays: it was its own step), redo lays out again.
    await app.run('undo');
    await page.keyboard.press('0'); // fit view: the scrambled layout is wider than the laid-out one
    await expect.poll(allPositions, poll).toEqual(before);
    await layout.pinMark(pinnedId).waitFor();
    await app.run('redo');
    await page.keyboard.press('0');
    await expect.poll(allPositions, poll).toEqual(after);
  });

  it('finds a node by name with Ctrl+F, selects it and centres the view on it', async () => {
    const target = pipeline.nodes.find((n) => n.kind === 'kinesis-video-stream')!;
    await app.canvas.clickPane(5, 5);
    await page.keyboard.press('Control+f');
    await layout.searchInput.waitFor();
    await layout.searchInput.fill(target.label.slice(0, 6).toUpperCase());
    await layout.searchResult(target.id).waitFor();
    await layout.searchInput.fill(target.label.toUpperCase());
    await page.keyboard.press('Enter');
    await layout.searchBox.waitFor({ state: 'detached' });
    await expect.poll(() => app.canvas.node(target.id).getAttribute('class'), poll).toContain('selected');
    const canvas = (await app.canvas.root.boundingBox())!;
    const centreOffset = async () => {
      const box = (await app.canvas.node(target.id).boundingBox())!;
      return Math.round(Math.hypot(box.x + box.width / 2 - (canvas.x + canvas.width / 2), box.y + box.height / 2 - (canvas.y + canvas.height / 2)));
    };
    await expect.poll(centreOffset, poll).toBeLessThan(10);

    // By kind too, and Escape closes without selecting.
    await page.keyboard.press('Control+f');
    await layout.searchInput.fill('glue data catalog');
    await layout.searchResult('rt-catalog').waitFor();
    await page.keyboard.press('Escape');
    await layout.searchBox.waitFor({ state: 'detached' });
  });

  it('draws the overview of every node and hides it on request', async () => {
    await expect.poll(() => layout.minimap.getAttribute('data-nodes'), poll).toBe(String(count));
    await layout.viewToggle('toggle-minimap').click();
    await layout.minimap.waitFor({ state: 'detached' });
    await layout.viewToggle('toggle-minimap').click();
    await layout.minimap.waitFor();
  });

  it('snaps a dragged node to the grid when snapping is on', async () => {
    await layout.viewToggle('toggle-snap').click();
    expect(await layout.viewToggle('toggle-snap').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('0');
    const id = pipeline.nodes[0]!.id;
    // Fit view animates: grab the node once it stands still.
    let last = '';
    await expect.poll(async () => last === (last = JSON.stringify(await app.canvas.node(id).boundingBox())), poll).toBe(true);
    const box = (await app.canvas.node(id).boundingBox())!;
    // Grab the node by its centre: fitted, it may be drawn only a few dozen pixels wide.
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 53, y + 37, { steps: 6 });
    await page.mouse.up();
    const at = (await allPositions())[id]!;
    expect([Math.abs(at.x % 20), Math.abs(at.y % 20)]).toEqual([0, 0]);
    await layout.viewToggle('toggle-snap').click();
  });

  it('aligns the selected nodes from the selection bar, as one undo step', async () => {
    const ids = [pipeline.nodes[1]!.id, pipeline.nodes[2]!.id, pipeline.nodes[3]!.id];
    await page.keyboard.press('0');
    await app.canvas.select(ids[0]!);
    for (const id of ids.slice(1)) await app.canvas.node(id).click({ modifiers: ['Control'] }); // React Flow's multi-select key
    const before = await allPositions();
    await layout.barCommand('align-top').click();
    const tops = async () => {
      const at = await allPositions();
      return ids.map((id) => at[id]!.y);
    };
    const top = Math.min(...ids.map((id) => before[id]!.y));
    await expect.poll(tops, poll).toEqual([top, top, top]);
    await app.run('undo');
    await expect.poll(allPositions, poll).toEqual(before);
  });
});
