import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };

/** What the canvas draws at the current zoom: dash pattern of a control connection, node labels, dot spacing on screen. */
async function drawn(page: Page): Promise<{ dashes?: string; labels: number; dotGap: number }> {
  return page.evaluate(`(() => {
    const path = document.querySelector('.react-flow__edge.pw-edge--control .react-flow__edge-path');
    return {
      dashes: path ? getComputedStyle(path).strokeDasharray : undefined,
      labels: document.querySelectorAll('.pw-node__label').length,
      dotGap: Number(document.querySelector('[data-testid="rf__background"] pattern')?.getAttribute('width')),
    };
  })()`);
}

describe('canvas: what is drawn zoomed in and zoomed out, on the web host', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true });
    ({ page, app } = session);
    await app.newFromTemplate('batch-layer');
    await app.canvas.node('workflow').waitFor();
  });

  afterAll(() => session?.close());

  it('zoomed in: labelled nodes, dashed control connections, the dot grid at its own spacing', async () => {
    for (let i = 0; i < 5; i++) await app.canvas.root.locator('.react-flow__controls-zoomin').click();
    await expect.poll(async () => (await drawn(page)).labels, poll).toBeGreaterThan(0);
    const view = await drawn(page);
    expect(view.dashes).not.toBe('none');
    expect(view.dashes).toBeTruthy();
    expect(view.dotGap).toBeGreaterThanOrEqual(12);
  });

  it('zoomed out: icons only, solid connections (still coloured by kind), dots never closer than 12 px', async () => {
    for (let i = 0; i < 10; i++) await app.canvas.root.locator('.react-flow__controls-zoomout').click();
    await expect.poll(async () => (await drawn(page)).labels, poll).toBe(0);
    const view = await drawn(page);
    expect(view.dashes).toBe('none');
    expect(view.dotGap).toBeGreaterThanOrEqual(12);
    expect(session.errors).toEqual([]);
  });
});
