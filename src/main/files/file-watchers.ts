import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

/** What a watcher reports: another program wrote or removed the file. */
export type DiskChange = { path: string; removed: boolean };

interface Watch {
  path: string;
  watcher: FSWatcher;
  /** Hash of the content this window last read or wrote; undefined while the file is missing. */
  known: string | undefined;
  timer?: ReturnType<typeof setTimeout>;
  stopped: boolean;
  onChange: (change: DiskChange) => void;
}

const hashOf = async (path: string): Promise<string | undefined> => {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch {
    return undefined;
  }
};

/**
 * Watches each window's open file. The folder is watched, not the file, because a save by rename
 * (ours, and most editors') replaces the file's inode. Events are settled for `settleMs`, then the
 * content hash decides: the same bytes as this window last read or wrote (our own atomic saves, a
 * touch) is no change.
 */
export class FileWatchers {
  private readonly watches = new Map<string, Watch>();
  /** What Pipewright itself last wrote at each path: the content a window saved before it started watching. */
  private readonly written = new Map<string, string | undefined>();

  constructor(private readonly settleMs = 150) {}

  async watch(client: string, path: string, onChange: (change: DiskChange) => void): Promise<void> {
    this.stop(client);
    const target = resolve(path);
    const known = this.written.has(target) ? this.written.get(target) : await hashOf(target);
    const name = basename(target);
    const watcher = watch(dirname(target), { persistent: false }, (_event, file) => {
      if (file === null || file.toString() === name) this.settle(client);
    });
    watcher.on('error', () => this.stop(client));
    this.watches.set(client, { path: target, watcher, known, stopped: false, onChange });
    // A change between our save and this watch (the renderer asks once the save has returned) is reported too.
    this.settle(client);
  }

  stop(client: string): void {
    const w = this.watches.get(client);
    if (!w) return;
    clearTimeout(w.timer);
    w.stopped = true;
    w.watcher.close();
    this.watches.delete(client);
  }

  stopAll(): void {
    for (const client of [...this.watches.keys()]) this.stop(client);
  }

  /** Pipewright itself wrote `path`: windows watching it take the new content as known. */
  async noteWritten(path: string): Promise<void> {
    const target = resolve(path);
    const hash = await hashOf(target);
    this.written.set(target, hash);
    for (const w of this.watches.values()) if (w.path === target) w.known = hash;
  }

  private settle(client: string): void {
    const w = this.watches.get(client);
    if (!w) return;
    clearTimeout(w.timer);
    w.timer = setTimeout(() => void this.check(w), this.settleMs);
  }

  private async check(w: Watch): Promise<void> {
    const hash = await hashOf(w.path);
    if (w.stopped || hash === w.known) return;
    w.known = hash;
    w.onChange({ path: w.path, removed: hash === undefined });
  }
}
