import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePipeline } from '../../src/shared/model/serialize';
import { AUTOSAVE_DELAY_MS } from '../../src/renderer/files/autosave';
import { launchChromium } from './harness/browser';
import { RESULTS } from './harness/session';
import { startWebHost, type WebHost } from './harness/web-host';
import { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };

async function recoveryCopies(userData: string): Promise<string[]> {
  return (await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((n) => n.endsWith('.pipewright'));
}

describe('crash recovery, on the web host in Chromium', () => {
  const hosts: WebHost[] = [];
  let browser: BrowserContext | undefined;
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });

  it('after the host is killed, the next start offers the autosaved work and restores it, unsaved, with its path', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'pipewright-e2e-recovery-'));
    const first = await startWebHost({ userData });
    hosts.push(first);
    browser = await launchChromium();
    const page = browser.pages()[0] ?? (await browser.newPage());
    const app = new AppPage(page);
    await app.open(first.url);

    // Two services, saved to a file; then a new name, not saved.
    await app.canvas.dropKind('kinesis-data-stream', 240, 180);
    await app.canvas.dropKind('s3-bucket', 560, 180);
    await expect.poll(() => app.canvas.nodes.count(), poll).toBe(2);
    const saved = join(userData, 'orders.pipewright');
    await app.run('save');
    await app.dialogs.enterPath(saved);
    await app.dirtyMarker.waitFor({ state: 'detached' });
    await app.canvas.clickPane(400, 420);
    const editedAt = Date.now();
    await app.files.rename('Orders before the crash');
    await app.dirtyMarker.waitFor();

    // The autosave writes the document within its interval (the folder is polled; no fixed wait).
    await expect.poll(async () => (await recoveryCopies(userData)).length, { timeout: AUTOSAVE_DELAY_MS + 10_000, interval: 100 }).toBe(1);
    const [copy] = await recoveryCopies(userData);
    await expect.poll(async () => parsePipeline(await readFile(join(userData, 'recovery', copy!), 'utf8')).name, poll).toBe('Orders before the crash');
    const autosaveMs = Date.now() - editedAt;
    console.log(`recovery copy written ${autosaveMs} ms after the last edit (interval ${AUTOSAVE_DELAY_MS} ms)`);
    expect(autosaveMs).toBeLessThan(AUTOSAVE_DELAY_MS + 3_000);

    // A crash: the host dies without any chance to clean up.
    await first.kill();
    await page.close({ runBeforeUnload: false });

    // The next start, on the same user-data folder, offers the work back.
    const second = await startWebHost({ userData });
    hosts.push(second);
    const next = await browser.newPage();
    const restored = new AppPage(next);
    await next.goto(second.url);
    await restored.files.recovery.waitFor();
    expect(await restored.files.recoveryMessage.textContent()).toMatch(/“Orders before the crash”.*Restore unsaved work from .*\d/);
    await next.screenshot({ path: join(RESULTS, 'e2e-recovery-offer.png') });
    await restored.files.recoveryRestore.click();
    await restored.files.recovery.waitFor({ state: 'detached' });

    // The edit is there, as unsaved work on the file it came from.
    await expect.poll(() => restored.canvas.nodes.count(), poll).toBe(2);
    await restored.canvas.node('kinesis-data-stream-1').waitFor();
    await restored.canvas.node('s3-bucket-1').waitFor();
    expect(await restored.files.pipelineName.inputValue()).toBe('Orders before the crash');
    await restored.dirtyMarker.waitFor();
    expect(await restored.title.textContent()).toContain(saved);

    // Saving writes it to that file (no path asked) and removes the recovery copy, which the restored session held until then.
    expect(await recoveryCopies(userData)).toHaveLength(1);
    await restored.run('save');
    await restored.dirtyMarker.waitFor({ state: 'detached' });
    await expect.poll(() => recoveryCopies(userData), poll).toEqual([]);
    expect(parsePipeline(await readFile(saved, 'utf8')).name).toBe('Orders before the crash');
  });

  it('Discard deletes the copy: it is not offered again', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'pipewright-e2e-recovery-'));
    const first = await startWebHost({ userData });
    hosts.push(first);
    browser ??= await launchChromium();
    const page = await browser.newPage();
    const app = new AppPage(page);
    await app.open(first.url);
    await app.canvas.dropKind('s3-bucket', 300, 200);
    await expect.poll(async () => (await recoveryCopies(userData)).length, { timeout: AUTOSAVE_DELAY_MS + 10_000, interval: 100 }).toBe(1);
    await first.kill();
    await page.close({ runBeforeUnload: false });

    const second = await startWebHost({ userData });
    hosts.push(second);
    const next = await browser.newPage();
    const again = new AppPage(next);
    await next.goto(second.url);
    await again.files.recovery.waitFor();
    await again.files.recoveryDiscard.click();
    await again.files.recovery.waitFor({ state: 'detached' });
    expect(await again.canvas.nodes.count()).toBe(0);
    await expect.poll(() => recoveryCopies(userData), poll).toEqual([]);
    const listed = next.waitForResponse((r) => r.url().endsWith('/api/invoke/recovery:list'));
    await next.reload();
    expect(await (await listed).json()).toEqual({ ok: true, value: { entries: [] } });
    expect(await again.files.recovery.count()).toBe(0);
  });
});
