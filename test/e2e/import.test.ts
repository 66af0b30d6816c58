import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';

const FIXTURE = fileURLToPath(new URL('../fixtures/cloudformation/iot-telemetry.yaml', import.meta.url));
const poll = { timeout: 15_000, interval: 50 };

describe('importing a CloudFormation template, on the web host in Chromium', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;
  let errors: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    ({ page, app, errors } = session);
  });
  afterAll(() => session?.close());

  it('replaces the document with the template’s nodes; a bad template leaves it as it is', async () => {
    const { canvas, dialogs } = app;
    // Unsaved changes first: importing asks before dropping them, as Open does.
    await canvas.dropKind('s3-bucket', 400, 300);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(1);
    await app.run('import-cfn');
    await dialogs.unsaved.waitFor();
    await dialogs.unsavedDiscard.click();
    await dialogs.enterPath(FIXTURE);
    await canvas.node('archive-bucket').waitFor();
    await canvas.node('archive-delivery').waitFor();
    const imported = await canvas.nodes.count();
    expect(imported).toBeGreaterThanOrEqual(4);
    await expect.poll(() => app.title.textContent(), poll).toContain('iot-telemetry');
    await page.screenshot({ path: join(RESULTS, 'e2e-import.png') });

    const bad = join(await mkdtemp(join(tmpdir(), 'pipewright-e2e-import-')), 'bad.yaml');
    await writeFile(bad, 'Resources:\n  Raw:\n    Properties: {}\n');
    await app.run('import-cfn');
    await dialogs.enterPath(bad);
    await dialogs.error.waitFor();
    expect(await dialogs.errorMessage.textContent()).toMatch(/line 2: resource Raw has no Type/);
    await dialogs.errorOk.click();
    expect(await canvas.nodes.count()).toBe(imported);
    await canvas.node('archive-bucket').waitFor();
    expect(errors).toEqual([]);
  });
});
