import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { createFileServices, type FileServices } from '../../files/file-services';
import { dispatch } from '../dispatch';
import type { HandlerContext } from '../types';
import { HANDLERS } from './index';

let dir: string;
let files: FileServices;
const ctx = (extra: Partial<HandlerContext> = {}): HandlerContext => ({ transport: 'web', client: 'page-1', files, emit: () => {}, ...extra });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-file-safety-'));
  files = createFileServices(join(dir, 'user-data'));
});

describe('file safety channels', () => {
  it('a save and an open put the file on the recent list, newest first', async () => {
    const a = join(dir, 'a.pipewright');
    const b = join(dir, 'b');
    await dispatch(HANDLERS, 'file:save', { pipeline: clickstreamPipeline(), path: a }, ctx());
    await dispatch(HANDLERS, 'file:save', { pipeline: clickstreamPipeline(), path: b }, ctx());
    await dispatch(HANDLERS, 'file:open', { path: a }, ctx());
    const result = await dispatch(HANDLERS, 'files:recent', {}, ctx());
    expect(result).toEqual({ ok: true, value: { files: [expect.objectContaining({ path: a, exists: true }), expect.objectContaining({ path: `${b}.pipewright`, exists: true })] } });
  });

  it('a failed open leaves the list alone', async () => {
    const result = await dispatch(HANDLERS, 'file:open', { path: join(dir, 'nope.pipewright') }, ctx());
    expect(result.ok).toBe(false);
    expect(await dispatch(HANDLERS, 'files:recent', {}, ctx())).toEqual({ ok: true, value: { files: [] } });
  });

  it('refuses a recovery id that is not one of ours before touching the disk', async () => {
    const result = await dispatch(HANDLERS, 'recovery:restore', { id: '../../etc/passwd' }, ctx());
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Invalid input for recovery:restore: id: expected a recovery id/) } });
  });

  it('window:close: refused where there is no desktop window; otherwise closes and drops the window’s recovery copy', async () => {
    expect(await dispatch(HANDLERS, 'window:close', {}, ctx())).toEqual({ ok: false, error: { code: 'failed', message: expect.stringMatching(/Only a desktop window/) } });
    await dispatch(HANDLERS, 'recovery:save', { pipeline: clickstreamPipeline(), dirty: true }, ctx());
    expect(await readdir(join(dir, 'user-data', 'recovery'))).toHaveLength(2);
    const closeWindow = vi.fn();
    expect(await dispatch(HANDLERS, 'window:close', {}, ctx({ closeWindow }))).toEqual({ ok: true, value: { closing: true } });
    expect(closeWindow).toHaveBeenCalledOnce();
    expect(await readdir(join(dir, 'user-data', 'recovery'))).toEqual([]);
  });

  it('file:watch reports a change by another program to the caller only', async () => {
    const path = join(dir, 'w.pipewright');
    await dispatch(HANDLERS, 'file:save', { pipeline: clickstreamPipeline(), path }, ctx());
    const emit = vi.fn();
    expect(await dispatch(HANDLERS, 'file:watch', { path }, ctx({ emit }))).toEqual({ ok: true, value: { watching: true } });
    // Our own save is not a change.
    await dispatch(HANDLERS, 'file:save', { pipeline: { ...clickstreamPipeline(), name: 'Ours' }, path }, ctx());
    await writeFile(path, 'theirs');
    await expect.poll(() => emit.mock.calls, { timeout: 5_000 }).toEqual([['file:changed-on-disk', { path, removed: false }]]);
    expect(await dispatch(HANDLERS, 'file:watch', {}, ctx({ emit }))).toEqual({ ok: true, value: { watching: false } });
  });
});
