import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/shared/catalog/registry';
import type { KindDefinition } from '../../src/shared/catalog/types';
import { TEMPLATES } from '../../src/shared/templates';
import { formModel, type FormField } from '../../src/renderer/inspector/form-model';
import { openSession, RESULTS, type Session } from './harness/session';
import { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };
const ALL_KINDS = Object.values(KINDS) as KindDefinition[];

/** Drop points on the canvas (inside its box, zoom 1): 3 columns × 5 rows of 200 × 72 nodes. */
const GRID = Array.from({ length: 15 }, (_, i) => ({ x: 130 + (i % 3) * 270, y: 64 + Math.floor(i / 3) * 92 }));

/** The testid that shows a top-level setting of the generated form, whatever its type. */
function settingTestId(field: FormField): string {
  switch (field.type) {
    case 'list':
      return `inspector-list-${field.key}`;
    case 'object':
      return `inspector-object-${field.key}`;
    case 'union':
      return `inspector-field-${field.key}.${field.discriminator}`;
    default:
      return `inspector-field-${field.key}`;
  }
}

describe('the full catalog, on the web host in Chromium', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;
  let errors: string[] = [];

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true });
    ({ page, app, errors } = session);
  });

  afterAll(() => session?.close());

  /** New document; confirms the discard when there are unsaved changes. */
  async function startOver(): Promise<void> {
    const dirty = await app.dirtyMarker.isVisible();
    await app.run('new');
    if (dirty) await app.dialogs.unsavedDiscard.click();
    await expect.poll(() => app.canvas.nodes.count(), poll).toBe(0);
  }

  it('drops every kind of the palette on the canvas and shows its inspector', async () => {
    const { canvas, inspector, palette } = app;
    expect(await palette.items.count()).toBe(ALL_KINDS.length);
    for (let start = 0; start < ALL_KINDS.length; start += GRID.length) {
      await startOver();
      const batch = ALL_KINDS.slice(start, start + GRID.length);
      for (const [i, kind] of batch.entries()) {
        const id = `${kind.id}-1`;
        await canvas.dropKind(kind.id, GRID[i]!.x, GRID[i]!.y);
        await canvas.node(id).waitFor();
        await canvas.select(id);
        await inspector.showing(id).waitFor();
        for (const field of formModel(kind.config)) {
          expect(await page.getByTestId(settingTestId(field)).count(), `${kind.id}: ${field.key}`).toBe(1);
        }
        expect(await inspector.errors.count(), `${kind.id}: errors for its defaults`).toBe(0);
        expect(errors, kind.id).toEqual([]);
      }
      expect(await canvas.nodes.count()).toBe(batch.length);
    }
  });

  it('shows the whole palette, by category', async () => {
    const { palette } = app;
    const full = await palette.list.evaluate((el) => el.scrollHeight - el.clientHeight);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: size.height + Math.max(0, full) + 8 });
    await expect.poll(() => palette.list.evaluate((el) => el.scrollHeight - el.clientHeight), poll).toBeLessThanOrEqual(0);
    await palette.root.screenshot({ path: join(RESULTS, 'catalog-palette.png') });
    await page.setViewportSize(size);

    // Searching by id or summary words; folding a category.
    await palette.search.fill('s3-bucket');
    await expect.poll(() => palette.items.count(), poll).toBe(1);
    await palette.search.fill('');
    await palette.category('storage').click();
    await expect.poll(() => palette.item('s3-bucket').count(), poll).toBe(0);
    await palette.category('storage').click();
    await palette.item('s3-bucket').waitFor();
  });

  for (const template of TEMPLATES) {
    it(`opens the template “${template.id}” without errors`, async () => {
      const { canvas, findings, templates } = app;
      const expected = template.build();
      const dirty = await app.dirtyMarker.isVisible();
      await app.run('new-from-template');
      await templates.dialog.waitFor();
      await templates.template(template.id).click();
      if (dirty) await app.dialogs.unsavedDiscard.click();
      await templates.dialog.waitFor({ state: 'detached' });
      await expect.poll(() => canvas.nodes.count(), poll).toBe(expected.nodes.length);
      await expect.poll(() => canvas.edges.count(), poll).toBe(expected.edges.length);
      expect(await app.title.textContent()).toContain('not saved');
      await app.dirtyMarker.waitFor({ state: 'detached' });
      expect(await page.getByTestId('pipeline-description').inputValue()).toBe(template.description);

      // Each connection drawn as its kind (from its source port), its handles named in their tooltips.
      await page.getByTestId('edge-legend').waitFor();
      for (const edge of expected.edges) {
        const sourceKind = ALL_KINDS.find((k) => k.id === expected.nodes.find((n) => n.id === edge.source)?.kind)!;
        const port = sourceKind.outputs.find((p) => p.id === edge.sourcePort) ?? sourceKind.outputs[0]!;
        expect(await page.getByTestId(`rf__edge-${edge.id}`).getAttribute('class'), edge.id).toContain(`pw-edge--${port.edgeKind}`);
        const handle = page.getByTestId(`handle-${edge.source}-out-${port.id}`);
        expect(await handle.getAttribute('title')).toContain(port.label);
        expect(await handle.getAttribute('data-edge-kind')).toBe(port.edgeKind);
      }

      await findings.open();
      await expect.poll(() => findings.settled(), poll).toBe(true);
      const messages = await findings.withSeverity('error').allTextContents();
      expect(messages, `errors in ${template.id}`).toEqual([]);
      await app.palette.list.evaluate((el) => el.scrollTo(0, 0));
      // Let the fit-view settle: two animation frames, no fixed sleep.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      await page.screenshot({ path: join(RESULTS, `template-${template.id}.png`) });
      expect(errors).toEqual([]);
    });
  }

  const s3 = formModel(KINDS['s3-bucket'].config);
  const hasLists = ['lifecycleRules', 'tags'].every((key) => s3.some((f) => f.key === key && f.type === 'list'));

  it.runIf(hasLists)('edits an S3 bucket’s lifecycle rules and tags as lists, one undo step each', async () => {
    const { canvas, inspector } = app;
    await startOver();
    await canvas.dropKind('s3-bucket', 300, 200);
    await canvas.select('s3-bucket-1');
    await inspector.showing('s3-bucket-1').waitFor();

    // A lifecycle rule, and a transition in it (both with their defaults).
    await inspector.add('lifecycleRules').click();
    await expect.poll(() => inspector.items('lifecycleRules').count(), poll).toBe(1);
    await inspector.add('lifecycleRules.0.transitions').click();
    await expect.poll(() => inspector.field('lifecycleRules.0.transitions.0.days').inputValue(), poll).toBe('30');

    // A nested error lands on the transition's field, and goes when corrected.
    await inspector.type('lifecycleRules.0.transitions.0.days', '10');
    await inspector.error('lifecycleRules.0.transitions.0.days').waitFor();
    await inspector.type('lifecycleRules.0.transitions.0.days', '45');
    await inspector.error('lifecycleRules.0.transitions.0.days').waitFor({ state: 'detached' });

    // Two tags, renamed, then swapped from the keyboard; focus follows the moved tag.
    await inspector.add('tags').click();
    await inspector.add('tags').click();
    await expect.poll(() => inspector.items('tags').count(), poll).toBe(2);
    await inspector.type('tags.0.key', 'team');
    await inspector.type('tags.1.key', 'env');
    await inspector.down('tags', 0).focus();
    await page.keyboard.press('Enter');
    const tagKeys = () => Promise.all([inspector.field('tags.0.key').inputValue(), inspector.field('tags.1.key').inputValue()]);
    await expect.poll(tagKeys, poll).toEqual(['env', 'team']);
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"), poll).toBe('inspector-up-tags.1');
    await page.screenshot({ path: join(RESULTS, 'catalog-inspector-lists.png') });
    await inspector.list('lifecycleRules').screenshot({ path: join(RESULTS, 'catalog-inspector-lifecycle.png') });

    // Undo: the swap first, then every edit back to a bucket without rules or tags.
    await app.run('undo');
    await expect.poll(tagKeys, poll).toEqual(['team', 'env']);
    for (let i = 0; i < 8; i++) await app.run('undo');
    await expect.poll(() => inspector.items('lifecycleRules').count(), poll).toBe(0);
    await expect.poll(() => inspector.items('tags').count(), poll).toBe(0);
    await canvas.node('s3-bucket-1').waitFor();
    expect(await app.command('undo').isDisabled()).toBe(false); // the drop itself is still there to undo
    expect(errors).toEqual([]);
  });
});
