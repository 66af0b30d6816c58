import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { FileWatchers, type DiskChange } from './file-watchers';

let dir: string;
let watchers: FileWatchers;
let changes: DiskChange[];
const poll = { timeout: 5_000, interval: 20 };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-watch-'));
  watchers = new FileWatchers(50);
  changes = [];
});
afterEach(() => watchers.stopAll());

/** Waits past the settle time, for tests that expect nothing to happen. */
const quiet = () => new Promise((r) => setTimeout(r, 400));

describe('watching the open file', () => {
  it('reports a change by another program, once per new content', async () => {
    const path = join(dir, 'a.pipewright');
    await writeFile(path, 'one');
    await watchers.watch('w', path, (c) => changes.push(c));
    await writeFile(path, 'two');
    await expect.poll(() => changes, poll).toEqual([{ path, removed: false }]);
    await writeFile(path, 'two');
    await quiet();
    expect(changes).toHaveLength(1);
  });

  it('reports a removal between our own save and the start of the watch', async () => {
    const path = join(dir, 'saved.pipewright');
    await writeFileAtomic(path, 'ours');
    await watchers.noteWritten(path);
    await rm(path);
    await watchers.watch('w', path, (c) => changes.push(c));
    await expect.poll(() => changes, poll).toEqual([{ path, removed: true }]);
  });

  it('sees a replacement by rename (how editors and Pipewright save) and a removal', async () => {
    const path = join(dir, 'a.pipewright');
    await writeFile(path, 'one');
    await watchers.watch('w', path, (c) => changes.push(c));
    await writeFileAtomic(path, 'two');
    await expect.poll(() => changes.length, poll).toBe(1);
    await rm(path);
    await expect.poll(() => changes.at(-1), poll).toEqual({ path, removed: true });
  });

  it('ignores our own writes, other files in the folder, and a stopped watch', async () => {
    const path = join(dir, 'a.pipewright');
    await writeFile(path, 'one');
    await watchers.watch('w', path, (c) => changes.push(c));
    await writeFileAtomic(path, 'ours');
    await watchers.noteWritten(path);
    await writeFile(join(dir, 'other.pipewright'), 'x');
    await quiet();
    expect(changes).toEqual([]);
    watchers.stop('w');
    await writeFile(path, 'theirs');
    await quiet();
    expect(changes).toEqual([]);
  });
});
