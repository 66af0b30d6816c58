import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };
/** The window's landmarks, in F6 order. */
const REGIONS = ['toolbar', 'palette', 'canvas', 'bottom', 'inspector', 'status'];
const LIGHT_BG = 'rgb(244, 244, 245)';
const DARK_BG = 'rgb(15, 15, 17)';

// Page-side code is written as text: the Node typecheck has no DOM types.
const computed = (page: Page, selector: string, property: string) =>
  page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);
const background = (page: Page, selector: string) => computed(page, selector, 'backgroundColor');
const hasClass = (page: Page, selector: string, name: string) => page.evaluate<boolean>(`document.querySelector(${JSON.stringify(selector)}).classList.contains(${JSON.stringify(name)})`);

/** How the focused element is marked: its outline, box-shadow (the focus ring) or, for the panel resizer, an accent line drawn as background. */
async function focusMark(page: Page): Promise<{ region: string | undefined; tag: string; outline: string; shadow: string; line: string }> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      region: el.closest('[data-region]')?.dataset.region,
      tag: el.tagName,
      outline: style.outlineStyle === 'none' ? 'none' : style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
      shadow: style.boxShadow,
      line: style.backgroundImage,
    };
  })()`);
}
const isMarked = (m: { outline: string; shadow: string; line: string }) => m.outline !== 'none' || (m.shadow !== 'none' && m.shadow !== '') || m.line.startsWith('linear-gradient');

describe('themes and keyboard access (web host in Chromium)', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true });
    ({ page, app } = session);
    await app.newFromTemplate('real-time-layer');
  });
  afterAll(() => session?.close());

  it('follows the OS colour scheme, and the theme choice overrides it and is remembered', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page, 'body')).toBe(LIGHT_BG);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page, 'body'), poll).toBe(DARK_BG);
    // React Flow's own controls follow too.
    await expect.poll(() => hasClass(page, '.react-flow', 'dark'), poll).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'e2e-theme-dark.png') });

    const theme = page.getByTestId('theme-select');
    await theme.selectOption('light');
    await expect.poll(() => background(page, 'body'), poll).toBe(LIGHT_BG);
    await expect.poll(() => hasClass(page, '.react-flow', 'light'), poll).toBe(true);
    await page.reload();
    await app.palette.root.waitFor();
    expect(await theme.inputValue()).toBe('light');
    expect(await background(page, 'body')).toBe(LIGHT_BG);

    await page.emulateMedia({ colorScheme: 'light' });
    await theme.selectOption('dark');
    await expect.poll(() => background(page, 'body'), poll).toBe(DARK_BG);
    await theme.selectOption('system');
    await expect.poll(() => background(page, 'body'), poll).toBe(LIGHT_BG);
  });

  it('dark: panels, dialogs and canvas use the dark palette (screenshots of both)', async () => {
    await app.newFromTemplate('real-time-layer');
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const surface = scheme === 'dark' ? 'rgb(24, 24, 27)' : 'rgb(255, 255, 255)';
      await expect.poll(() => background(page, '.app__inspector'), poll).toBe(surface);
      expect(await background(page, '.app__palette')).toBe(surface);
      expect(await background(page, '.app__bottom')).toBe(surface);
      expect(await background(page, '.react-flow__controls-button')).not.toBe(scheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      const node = page.locator('.react-flow__node').first();
      await node.click();
      await page.screenshot({ path: join(RESULTS, `e2e-theme-${scheme}-app.png`) });
      await app.run('new-from-template');
      await app.templates.dialog.waitFor();
      expect(await background(page, '[data-testid="template-dialog"]')).toBe(surface);
      await page.screenshot({ path: join(RESULTS, `e2e-theme-${scheme}-dialog.png`) });
      await page.keyboard.press('Escape');
      await app.templates.dialog.waitFor({ state: 'detached' });
    }
  });

  it('F6 and Shift+F6 cycle through every region, each visibly focused; skip links come first in the Tab order', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('body').click({ position: { x: 5, y: 880 } });
      const seen: string[] = [];
      for (let i = 0; i < REGIONS.length; i++) {
        await page.keyboard.press('F6');
        const mark = await focusMark(page);
        expect(isMarked(mark), `${scheme}: region ${mark.region} shows focus`).toBe(true);
        seen.push(mark.region ?? '?');
      }
      expect(new Set(seen)).toEqual(new Set(REGIONS));
      await page.keyboard.press('Shift+F6');
      expect((await focusMark(page)).region).toBe(seen.at(-2));
    }

    // From the top of the page: the first Tab stop is a skip link, which jumps to the canvas.
    await page.reload();
    await app.palette.root.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate<string | null>('document.activeElement.dataset.testid'), poll).toBe('skip-canvas');
    expect(await computed(page, '[data-testid="skip-canvas"]', 'opacity')).toBe('1');
    await page.keyboard.press('Enter');
    expect((await focusMark(page)).region).toBe('canvas');
  });

  it('Tab walks into each panel, and every control it stops at shows a focus ring', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const regionsReached = new Set<string>();
    const unmarked: string[] = [];
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    for (let i = 0; i < 200 && regionsReached.size < REGIONS.length; i++) {
      await page.keyboard.press('Tab');
      const mark = await focusMark(page);
      if (mark.tag === 'BODY') continue;
      if (mark.region) regionsReached.add(mark.region);
      if (!isMarked(mark)) unmarked.push(`${mark.region}/${mark.tag}`);
      // Walk past the long palette list and the canvas quickly: F6 to the next region after a few stops there.
      if (mark.region === 'palette' && mark.tag === 'BUTTON' && regionsReached.has('palette')) await page.keyboard.press('F6');
    }
    expect([...regionsReached].sort()).toEqual([...REGIONS].sort());
    expect(unmarked).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
