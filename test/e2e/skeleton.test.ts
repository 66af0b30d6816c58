import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePipeline } from '../../src/shared/model/serialize';
import { openSession, RESULTS, type Session } from './harness/session';
import { AppPage } from './pages/app-page';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const poll = { timeout: 15_000, interval: 50 };

describe('the walking skeleton, on the web host in Chromium', () => {
  let session: Session;
  let page: Page;
  let app: AppPage;
  let workDir: string;
  let errors: string[] = [];

  beforeAll(async () => {
    session = await openSession({
      // The strict CSP must hold: record any violation (init scripts are not subject to the page's CSP).
      beforeOpen: async (p) => {
        await p.addInitScript({
          content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ': ' + e.blockedURI));`,
        });
      },
    });
    ({ page, app, errors } = session);
    workDir = await mkdtemp(join(tmpdir(), 'pipewright-e2e-files-'));
  });

  afterAll(() => session?.close());

  it('designs, validates, simulates, exports, saves and reopens a pipeline', async () => {
    const { canvas, inspector, findings, simulation, dialogs } = app;

    // Three services dragged from the palette: each one is "not connected".
    await canvas.dropKind('app-producer', 180, 160);
    await canvas.dropKind('kinesis-firehose', 470, 160);
    await canvas.dropKind('s3-bucket', 760, 160);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
    await expect.poll(() => findings.withCode('PW104').count(), poll).toBe(3);
    await canvas.badge('s3-bucket-1').waitFor();

    // Producer → Firehose → bucket, handle to handle.
    await canvas.connect('handle-app-producer-1-out-records', 'handle-kinesis-firehose-1-in-records');
    await canvas.connect('handle-kinesis-firehose-1-out-delivery', 'handle-s3-bucket-1-in-objects');
    await expect.poll(() => canvas.edges.count(), poll).toBe(2);
    await expect.poll(() => findings.withCode('PW104').count(), poll).toBe(0);

    // Bucket → producer is not something AWS does: refused, with the reason.
    await canvas.connect('handle-s3-bucket-1-in-objects', 'handle-app-producer-1-out-records');
    await canvas.refusal.waitFor();
    // The accepted sources are listed (the list grows with the catalog).
    expect(await canvas.refusal.textContent()).toMatch(/accepts input from Amazon Data Firehose\b.*, not from Application producer/);
    expect(await canvas.edges.count()).toBe(2);

    // No default encryption: PW601, and its fix removes it.
    await canvas.select('s3-bucket-1');
    await inspector.choose('encryption', 'none');
    await findings.withCode('PW601').waitFor();
    await findings.fix('PW601').click();
    await findings.withCode('PW601').waitFor({ state: 'detached' });
    await expect.poll(() => inspector.field('encryption').inputValue(), poll).toBe('SSE-S3');

    // An impossible buffer size: inline error and PW301; undo takes both away.
    await canvas.select('kinesis-firehose-1');
    await inspector.type('bufferSizeMiB', '500');
    await inspector.error('bufferSizeMiB').waitFor();
    expect(await inspector.error('bufferSizeMiB').textContent()).toMatch(/128/);
    await findings.withCode('PW301').waitFor();
    await app.run('undo');
    await findings.withCode('PW301').waitFor({ state: 'detached' });
    await inspector.error('bufferSizeMiB').waitFor({ state: 'detached' });
    expect(await inspector.field('bufferSizeMiB').inputValue()).toBe('5');

    // Ten simulated minutes: the bucket receives objects.
    await simulation.open();
    await simulation.setDuration(600);
    await simulation.run.click();
    await simulation.progress.waitFor();
    await simulation.view('nodes').click({ timeout: 60_000 });
    await simulation.result('s3-bucket-1').waitFor({ timeout: 60_000 });
    expect(await simulation.objectsWritten('s3-bucket-1')).toBeGreaterThan(0);

    // Export: CloudFormation preview, then the diagrams: SVG, PNG at twice its size, draw.io and Mermaid.
    await app.run('export');
    await dialogs.exportDialog.waitFor();
    await expect.poll(() => dialogs.exportPreview.textContent(), poll).toContain('AWS::KinesisFirehose::DeliveryStream');
    await dialogs.exportFormat.selectOption('cfn-json');
    await expect.poll(() => dialogs.exportPreview.textContent(), poll).toMatch(/^\{\n {2}"AWSTemplateFormatVersion"/);
    await dialogs.exportFormat.selectOption('svg');
    await expect.poll(() => dialogs.exportImageWidth(), poll).toBeGreaterThan(0);
    const svgWidth = await dialogs.exportImageWidth();
    await page.screenshot({ path: join(RESULTS, 'e2e-export-svg.png') });
    await dialogs.exportFormat.selectOption('png');
    await expect.poll(() => dialogs.exportImage.getAttribute('src'), poll).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => dialogs.exportImageWidth(), poll).toBeGreaterThan(svgWidth);
    expect((await dialogs.exportImageWidth()) / svgWidth).toBeCloseTo(2, 1);
    await page.screenshot({ path: join(RESULTS, 'e2e-export-png.png') });
    // Saved, the PNG is bytes on disk, not base64 text.
    const pngPath = join(workDir, 'skeleton.png');
    await dialogs.exportSave.click();
    await dialogs.enterPath(pngPath);
    await dialogs.exportSaved.waitFor();
    expect((await readFile(pngPath)).subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    await dialogs.exportFormat.selectOption('drawio');
    await expect.poll(() => dialogs.exportPreview.textContent(), poll).toMatch(/^<mxfile[\s\S]*resIcon=mxgraph\.aws4\.kinesis_data_firehose/);
    await dialogs.exportFormat.selectOption('mermaid');
    await expect.poll(() => dialogs.exportPreview.textContent(), poll).toMatch(/^flowchart LR\n/);
    await dialogs.exportClose.click();
    await dialogs.exportDialog.waitFor({ state: 'detached' });

    // Save through the path prompt; the file is a pipeline with the three nodes.
    const saved = join(workDir, 'skeleton.pipewright');
    await app.run('save');
    await dialogs.enterPath(saved);
    await app.dirtyMarker.waitFor({ state: 'detached' });
    expect(await app.title.textContent()).toContain(saved);
    expect(existsSync(saved)).toBe(true);
    const onDisk = parsePipeline(await readFile(saved, 'utf8'));
    expect(onDisk.nodes.map((n) => n.kind)).toEqual(['app-producer', 'kinesis-firehose', 's3-bucket']);
    expect(onDisk.edges).toHaveLength(2);
    expect(onDisk.simulation.durationSeconds).toBe(600);

    // A bad file: the error from main is shown, the document stays as it is.
    const bad = join(workDir, 'bad.pipewright');
    await writeFile(bad, '{ "format": "something-else" }');
    await app.run('open');
    await dialogs.enterPath(bad);
    await dialogs.error.waitFor();
    expect(await dialogs.errorMessage.textContent()).toMatch(/not a Pipewright pipeline/);
    await dialogs.errorOk.click();
    expect(await canvas.nodes.count()).toBe(3);

    // Change something, open the saved file again (choosing not to save): three nodes are back.
    await canvas.dropKind('s3-bucket', 470, 360);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(4);
    await app.dirtyMarker.waitFor();
    await app.run('open');
    await dialogs.unsaved.waitFor();
    await dialogs.unsavedDiscard.click();
    await dialogs.enterPath(saved);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(3);
    await app.dirtyMarker.waitFor({ state: 'detached' });
    await canvas.node('s3-bucket-1').waitFor();

    // Screenshots: the test's record, and (UPDATE_SCREENSHOT=1) the README's.
    await canvas.select('kinesis-firehose-1');
    await simulation.open();
    await simulation.run.click();
    await simulation.view('nodes').click({ timeout: 60_000 });
    await simulation.result('s3-bucket-1').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(RESULTS, 'e2e-skeleton.png') });
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });

    expect(errors).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
  });
});
