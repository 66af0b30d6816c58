import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS, type Session } from './harness/session';
import { AppPage } from './pages/app-page';

const poll = { timeout: 10_000, interval: 50 };

/** A node's document position, read from React Flow's transform (canvas units). */
async function position(app: AppPage, id: string): Promise<{ x: number; y: number }> {
  const transform = (await app.canvas.node(id).getAttribute('style')) ?? '';
  const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

const nodeIds = (app: AppPage) => app.canvas.nodes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
const selectedIds = (app: AppPage) => app.canvas.root.locator('.react-flow__node.selected').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));

describe('editor: undo and redo, selection, clipboard and commands, on the web host', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true });
    ({ page, app } = session);
    await session.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.host.url).origin });
  });

  afterAll(() => session?.close());

  async function freshLab(target = app): Promise<void> {
    await target.newFromTemplate('firehose-lab');
    await target.canvas.node('delivery').waitFor();
    await expect.poll(() => target.canvas.nodes.count(), poll).toBe(3);
    await target.canvas.clickPane(12, 12);
  }

  it('undoes and redoes an added node, a drag, a delete and a typed setting', async () => {
    await freshLab();
    const { canvas, inspector, editor } = app;

    await canvas.dropKind('lambda', 500, 420);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);
    await canvas.clickPane(12, 12);
    await editor.press('Control+z');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
    await editor.press('Control+Shift+z');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);
    await editor.press('Control+z');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
    await editor.press('Control+y');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);
    await editor.press('Control+z');

    // A drag is one step, however many moves it takes.
    const before = await position(app, 'raw');
    const box = (await canvas.body('raw').boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 36);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + 116, { steps: 12 });
    await page.mouse.up();
    const after = await position(app, 'raw');
    expect(after).not.toEqual(before);
    await editor.press('Control+z');
    await expect.poll(() => position(app, 'raw'), poll).toEqual(before);
    await editor.press('Control+Shift+z');
    await expect.poll(() => position(app, 'raw'), poll).toEqual(after);

    // Delete takes the node's edges with it; undo brings both back.
    await canvas.select('delivery');
    await editor.press('Delete');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(2);
    await expect.poll(() => canvas.edges.count(), poll).toBe(0);
    await editor.press('Control+z');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
    await expect.poll(() => canvas.edges.count(), poll).toBe(2);

    // A typed field is one step, recorded when it is committed.
    await canvas.select('delivery');
    const field = inspector.field('bufferSizeMiB');
    const original = await field.inputValue();
    await inspector.type('bufferSizeMiB', '64');
    await expect.poll(() => field.inputValue(), poll).toBe('64');
    await canvas.clickPane(12, 12);
    await editor.press('Control+z');
    await canvas.select('delivery');
    await expect.poll(() => field.inputValue(), poll).toBe(original);
    await canvas.clickPane(12, 12);
    await editor.press('Control+Shift+z');
    await canvas.select('delivery');
    await expect.poll(() => field.inputValue(), poll).toBe('64');
  });

  it('selects with click, Shift+click (toggle), Shift+drag (box) and Ctrl+A; Escape clears; arrows nudge', async () => {
    await freshLab();
    const { canvas, editor } = app;
    await canvas.select('producers');
    await canvas.node('raw').click({ modifiers: ['Shift'] });
    expect((await selectedIds(app)).sort()).toEqual(['producers', 'raw']);
    await canvas.node('raw').click({ modifiers: ['Shift'] });
    expect(await selectedIds(app)).toEqual(['producers']);
    await editor.press('Escape');
    await expect.poll(() => selectedIds(app), poll).toEqual([]);

    // Box: Shift held, drag across empty canvas around every node.
    const first = (await canvas.body('producers').boundingBox())!;
    const last = (await canvas.body('raw').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(first.x - 30, first.y - 30);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width + 30, last.y + last.height + 30, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await selectedIds(app)).sort(), poll).toEqual(['delivery', 'producers', 'raw']);

    await editor.press('Escape');
    await editor.press('Control+a');
    await expect.poll(async () => (await selectedIds(app)).length, poll).toBe(3);

    // Nudge: 10 canvas units per press, 50 with Shift, each press one undo step.
    await canvas.select('raw');
    const start = await position(app, 'raw');
    await editor.press('ArrowRight');
    await editor.press('Shift+ArrowDown');
    await expect.poll(() => position(app, 'raw'), poll).toEqual({ x: start.x + 10, y: start.y + 50 });
    await editor.press('Control+z');
    await expect.poll(() => position(app, 'raw'), poll).toEqual({ x: start.x + 10, y: start.y });
  });

  it('zooms with + and -, fits with 0; the viewport never enters undo history', async () => {
    await freshLab();
    const { editor } = app;
    const scale = () => page.evaluate<number>("new DOMMatrix(getComputedStyle(document.querySelector('[data-testid=canvas] .react-flow__viewport')).transform).a");
    const fitted = await scale();
    await editor.press('+');
    await expect.poll(scale, poll).toBeGreaterThan(fitted);
    await editor.press('-');
    await editor.press('-');
    await expect.poll(scale, poll).toBeLessThan(fitted);
    await editor.press('0');
    await expect.poll(async () => Math.abs((await scale()) - fitted), poll).toBeLessThan(0.01);
    expect(await app.command('undo').isDisabled()).toBe(true);
  });

  it('select all, delete, undo: every node and edge comes back', async () => {
    await freshLab();
    const { canvas, editor } = app;
    const ids = (await nodeIds(app)).sort();
    await editor.press('Control+a');
    await editor.press('Delete');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(0);
    await editor.press('Control+z');
    await expect.poll(async () => (await nodeIds(app)).sort(), poll).toEqual(ids);
    await expect.poll(() => canvas.edges.count(), poll).toBe(2);
  });

  it('copies in one document and pastes into another page’s document: new ids, edges kept, labels numbered', async () => {
    await freshLab();
    await app.editor.press('Control+a');
    await app.editor.press('Control+c');
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(JSON.parse(copied)).toMatchObject({ format: 'pipewright-clipboard', version: 1 });

    const other = await session.browser.newPage();
    try {
      const second = new AppPage(other);
      await second.open(session.host.url);
      await freshLab(second);
      await second.editor.press('Control+v');
      await expect.poll(() => second.canvas.nodes.count(), poll).toBe(6);
      await expect.poll(() => second.canvas.edges.count(), poll).toBe(4);
      const ids = await nodeIds(second);
      expect(new Set(ids).size).toBe(6);
      const pasted = await selectedIds(second);
      expect(pasted).toHaveLength(3);
      expect(pasted.filter((id) => ['producers', 'delivery', 'raw'].includes(id))).toEqual([]);
      await expect.poll(() => other.getByText('Clickstream delivery 2').count(), poll).toBe(1);

      // Undo removes the whole paste.
      await second.editor.press('Control+z');
      await expect.poll(() => second.canvas.nodes.count(), poll).toBe(3);

      // Something else on the clipboard: refused with a message, nothing changes.
      await other.evaluate("navigator.clipboard.writeText('just some text')");
      await second.editor.press('Control+v');
      await expect.poll(() => other.getByTestId('error-toast').textContent(), poll).toContain('does not hold Pipewright nodes');
      expect(await second.canvas.nodes.count()).toBe(3);
    } finally {
      await other.close();
    }
  });

  it('command palette: Ctrl+K, filter, disabled items, Enter runs, Escape closes', async () => {
    await freshLab();
    const { editor, canvas } = app;
    await canvas.select('delivery');
    await editor.openPalette();
    await expect.poll(() => editor.paletteItem('redo').getAttribute('aria-disabled'), poll).toBe('true');
    expect(await editor.palette.getByRole('listbox').count()).toBe(1);
    await editor.paletteInput.press('ArrowDown');
    const second = (await editor.paletteIds())[1]!;
    await expect.poll(() => editor.paletteItem(second).getAttribute('aria-selected'), poll).toBe('true');
    await editor.paletteInput.fill('dupl');
    await expect.poll(() => editor.paletteIds(), poll).toEqual(['duplicate']);
    await expect.poll(() => editor.paletteItem('duplicate').textContent(), poll).toContain('Ctrl+D');
    await editor.paletteInput.fill('');
    await editor.paletteInput.pressSequentially('sel');
    await page.screenshot({ path: join(RESULTS, 'editor-command-palette.png') });
    await editor.paletteInput.fill('duplicate');
    await editor.paletteInput.press('Enter');
    await editor.palette.waitFor({ state: 'detached' });
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);

    await editor.openPalette('fit');
    await editor.paletteInput.press('Escape');
    await editor.palette.waitFor({ state: 'detached' });

    // Help → Keyboard and mouse (F1) lists the shortcuts from the registry and the mouse conventions.
    await editor.press('F1');
    const help = page.getByTestId('shortcuts-help');
    await help.waitFor();
    expect(await help.textContent()).toContain('Shift+drag on empty canvas');
    expect(await help.textContent()).toContain('Ctrl+Shift+Z');
    await page.screenshot({ path: join(RESULTS, 'editor-keyboard-help.png') });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('context menus on a node, an edge and the canvas; the menu bar runs the same commands', async () => {
    await freshLab();
    const { editor, canvas } = app;
    await canvas.body('delivery').click({ button: 'right' });
    const menu = editor.contextMenu('node');
    await menu.waitFor();
    await page.screenshot({ path: join(RESULTS, 'editor-context-menu.png') });
    expect(await menu.locator('[role="menuitem"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Copy'), expect.stringContaining('Delete')]));
    await editor.menuItem('copy').click();
    await menu.waitFor({ state: 'detached' });

    // Paste at the right-clicked point of the canvas.
    const pane = (await canvas.root.boundingBox())!;
    await canvas.root.locator('.react-flow__pane').click({ button: 'right', position: { x: pane.width - 200, y: pane.height - 120 } });
    await editor.contextMenu('canvas').waitFor();
    await editor.menuItem('paste').click();
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);
    const [pasted] = await selectedIds(app);
    const pastedBox = (await canvas.node(pasted!).boundingBox())!;
    expect(pastedBox.x).toBeGreaterThan(pane.x + pane.width / 2);

    // The keyboard moves through a context menu; Escape closes it.
    await canvas.body('raw').click({ button: 'right' });
    await editor.contextMenu('node').waitFor();
    await page.keyboard.press('Escape');
    await editor.contextMenu('node').waitFor({ state: 'detached' });

    // An edge: its menu offers Delete, which removes only the edge.
    await canvas.edges.first().locator('.react-flow__edge-interaction').click({ button: 'right', force: true });
    await editor.contextMenu('edge').waitFor();
    await editor.menuItem('delete').click();
    await expect.poll(() => canvas.edges.count(), poll).toBe(1);
    await editor.press('Control+z');
    await expect.poll(() => canvas.edges.count(), poll).toBe(2);

    // Menu bar: Edit → Undo undoes the paste.
    const edit = await editor.openMenu('edit');
    await page.screenshot({ path: join(RESULTS, 'editor-menu-bar.png') });
    await edit.getByTestId('menu-item-undo').click();
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
  });
});
