import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePipeline, serializePipeline } from '../../src/shared/model/serialize';
import { openSession, RESULTS, type Session } from './harness/session';
import type { AppPage } from './pages/app-page';

const poll = { timeout: 15_000, interval: 50 };

describe('files: unsaved changes, changes on disk, recent files (web host in Chromium)', () => {
  let session: Session;
  let app: AppPage;
  let workDir: string;

  beforeAll(async () => {
    session = await openSession({ consoleErrors: true });
    app = session.app;
    workDir = await mkdtemp(join(tmpdir(), 'pipewright-e2e-files-'));
  });
  afterAll(() => session?.close());

  it('New with unsaved changes asks first: Cancel keeps them, Don’t save drops them, Save writes them first', async () => {
    const { canvas, dialogs } = app;
    await canvas.dropKind('s3-bucket', 300, 200);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(1);
    await app.dirtyMarker.waitFor();

    await app.run('new');
    await dialogs.unsaved.waitFor();
    expect(await session.page.getByTestId('unsaved-message').textContent()).toMatch(/Save the changes to “Untitled pipeline” before you start a new pipeline\?/);
    await session.page.screenshot({ path: join(RESULTS, 'e2e-unsaved-prompt.png') });
    await dialogs.unsavedCancel.click();
    await dialogs.unsaved.waitFor({ state: 'detached' });
    expect(await canvas.nodes.count()).toBe(1);
    await app.dirtyMarker.waitFor();

    // Escape is Cancel too.
    await app.run('new');
    await dialogs.unsaved.waitFor();
    await session.page.keyboard.press('Escape');
    await dialogs.unsaved.waitFor({ state: 'detached' });
    expect(await canvas.nodes.count()).toBe(1);

    await app.run('new');
    await dialogs.unsavedDiscard.click();
    await expect.poll(() => canvas.nodes.count(), poll).toBe(0);
    await app.dirtyMarker.waitFor({ state: 'detached' });

    // Save: asks where (no path yet), writes, then starts the new pipeline.
    await canvas.dropKind('kinesis-data-stream', 300, 200);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(1);
    const path = join(workDir, 'kept.pipewright');
    await app.run('new');
    await dialogs.unsavedSave.click();
    await dialogs.enterPath(path);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(0);
    expect(parsePipeline(await readFile(path, 'utf8')).nodes.map((n) => n.kind)).toEqual(['kinesis-data-stream']);
  });

  it('Open and Import ask too; cancelling the save path prompt cancels the whole action', async () => {
    const { canvas, dialogs } = app;
    await canvas.dropKind('s3-bucket', 300, 200);
    await expect.poll(() => canvas.nodes.count(), poll).toBe(1);
    for (const command of ['open', 'import-cfn']) {
      await app.run(command);
      await dialogs.unsaved.waitFor();
      await dialogs.unsavedSave.click();
      await dialogs.pathPrompt.waitFor();
      await session.page.getByTestId('path-cancel').click();
      await dialogs.pathPrompt.waitFor({ state: 'detached' });
      expect(await canvas.nodes.count()).toBe(1);
      await app.dirtyMarker.waitFor();
    }
    await app.run('new');
    await dialogs.unsavedDiscard.click();
    await expect.poll(() => canvas.nodes.count(), poll).toBe(0);
  });

  it('a change by another program to the open file shows a bar; Reload shows the new content', async () => {
    const { canvas, dialogs, files } = app;
    await canvas.dropKind('s3-bucket', 300, 200);
    const path = join(workDir, 'watched.pipewright');
    await app.run('save');
    await dialogs.enterPath(path);
    await app.dirtyMarker.waitFor({ state: 'detached' });

    // Our own saves do not count as a change on disk.
    await canvas.clickPane(500, 420);
    await files.rename('Saved by us');
    await app.run('save');
    await app.dirtyMarker.waitFor({ state: 'detached' });

    const other = parsePipeline(await readFile(path, 'utf8'));
    await writeFile(path, serializePipeline({ ...other, name: 'Changed elsewhere', nodes: [...other.nodes, { ...other.nodes[0]!, id: 's3-bucket-9', position: { x: 700, y: 200 } }] }));
    await files.diskBar.waitFor();
    expect(await files.diskBar.textContent()).toMatch(/The file changed on disk/);
    await session.page.screenshot({ path: join(RESULTS, 'e2e-disk-change.png') });
    await files.diskReload.click();
    await files.diskBar.waitFor({ state: 'detached' });
    await expect.poll(() => files.pipelineName.inputValue(), poll).toBe('Changed elsewhere');
    await expect.poll(() => canvas.nodes.count(), poll).toBe(2);
    await app.dirtyMarker.waitFor({ state: 'detached' });

    // With unsaved changes, Keep mine leaves them; the bar says what each choice does.
    await files.rename('Mine');
    await writeFile(path, serializePipeline({ ...other, name: 'Theirs' }));
    await files.diskBar.waitFor();
    expect(await files.diskBar.textContent()).toMatch(/unsaved changes are lost/);
    await files.diskKeep.click();
    await files.diskBar.waitFor({ state: 'detached' });
    expect(await files.pipelineName.inputValue()).toBe('Mine');
    await app.dirtyMarker.waitFor();
  });

  it('Open Recent lists what was opened or saved, newest first; a file that is gone cannot be chosen', async () => {
    const { canvas, dialogs, files } = app;
    await app.run('new');
    await dialogs.unsavedDiscard.click();
    await expect.poll(() => canvas.nodes.count(), poll).toBe(0);
    const gone = join(workDir, 'gone.pipewright');
    await canvas.dropKind('s3-bucket', 300, 200);
    await app.run('save');
    await dialogs.enterPath(gone);
    await app.dirtyMarker.waitFor({ state: 'detached' });
    await rm(gone);
    // Removed on disk while open: the bar says so.
    await files.diskBar.waitFor();
    expect(await files.diskBar.textContent()).toMatch(/removed or renamed/);

    await app.run('open-recent');
    await files.recent.waitFor();
    await expect.poll(() => files.recentFiles.evaluateAll((els) => els.map((e) => e.getAttribute('data-path'))), poll).toEqual([
      gone,
      join(workDir, 'watched.pipewright'),
      join(workDir, 'kept.pipewright'),
    ]);
    expect(await files.recentFile(gone).isDisabled()).toBe(true);
    expect(await files.recentFile(gone).textContent()).toContain('missing');
    await session.page.screenshot({ path: join(RESULTS, 'e2e-recent-files.png') });

    await files.recentFile(join(workDir, 'kept.pipewright')).click();
    await files.recent.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent(), poll).toContain('kept.pipewright');
    await canvas.node('kinesis-data-stream-1').waitFor();
    expect(session.errors).toEqual([]);
  });
});
