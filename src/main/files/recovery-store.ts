import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../shared/ipc/file-safety-channels';
import type { Pipeline } from '../../shared/model/pipeline';
import { serializePipeline } from '../../shared/model/serialize';
import { UserFacingError } from '../ipc/types';
import { writeFileAtomic } from './atomic-write';
import { PIPELINE_EXTENSION, readPipelineFile } from './pipeline-files';

/** Beside each copy: who wrote it (a running process keeps its copies) and what it is. */
const MetaSchema = z.object({
  pid: z.number().int().positive(),
  savedAt: z.string(),
  name: z.string(),
  path: z.string().optional(),
});
type Meta = z.infer<typeof MetaSchema>;

export interface RecoveryOptions {
  /** This process: copies whose writer is still running are not offered (they are someone's open work). */
  pid?: number;
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
  warn?: (message: string) => void;
}

/** `kill(pid, 0)` asks whether the process exists without signalling it. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Crash recovery: each window's unsaved document is copied to `<userData>/recovery/<session>.pipewright`
 * (with `<session>.json` saying which process wrote it and when) every few seconds while it has
 * unsaved changes, and deleted once it is saved or closed cleanly. At start, copies whose process is
 * gone (a crash, a kill) are offered for restore. A reused pid hides a copy until that process ends.
 */
export class RecoveryStore {
  private readonly sessions = new Map<string, string>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly pid: number;
  private readonly isRunning: (pid: number) => boolean;
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;

  constructor(
    readonly dir: string,
    options: RecoveryOptions = {},
  ) {
    this.pid = options.pid ?? process.pid;
    this.isRunning = options.isRunning ?? isProcessRunning;
    this.now = options.now ?? (() => new Date());
    this.warn = options.warn ?? ((m) => console.warn(m));
  }

  private session(client: string): string {
    let id = this.sessions.get(client);
    if (!id) this.sessions.set(client, (id = randomBytes(8).toString('hex')));
    return id;
  }

  private files(id: string) {
    return { document: join(this.dir, `${id}${PIPELINE_EXTENSION}`), meta: join(this.dir, `${id}.json`) };
  }

  /** One write at a time per session, in call order: a late write never overwrites a newer one. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(work);
    this.queues.set(
      id,
      run.catch(() => undefined),
    );
    return run;
  }

  /** Writes (dirty) or deletes (clean) the recovery copy of `client`'s document. */
  save(client: string, document: { pipeline: Pipeline; path?: string; dirty: boolean }): Promise<'saved' | 'deleted'> {
    const id = this.session(client);
    return this.serial(id, async () => {
      if (!document.dirty) {
        await this.remove(id);
        return 'deleted';
      }
      const { document: file, meta } = this.files(id);
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(file, serializePipeline(document.pipeline));
      const info: Meta = { pid: this.pid, savedAt: this.now().toISOString(), name: document.pipeline.name, path: document.path };
      await writeFileAtomic(meta, `${JSON.stringify(info, null, 2)}\n`);
      return 'saved';
    });
  }

  /** `client` closed cleanly: its copy is no longer needed. */
  forget(client: string): Promise<void> {
    const id = this.sessions.get(client);
    if (!id) return Promise.resolve();
    this.sessions.delete(client);
    return this.serial(id, () => this.remove(id));
  }

  private async readMeta(id: string): Promise<Meta | undefined> {
    try {
      const parsed = MetaSchema.safeParse(JSON.parse(await readFile(this.files(id).meta, 'utf8')));
      if (parsed.success) return parsed.data;
      this.warn(`Recovery: ${this.files(id).meta} is not a recovery record; ignored`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`Recovery: cannot read ${this.files(id).meta}: ${(error as Error).message}`);
    }
    return undefined;
  }

  /** Copies left by processes that are no longer running, newest first. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names.filter((n) => /^[0-9a-f]{16}\.json$/.test(n)).map((n) => n.slice(0, -5));
    const entries: RecoveryEntry[] = [];
    for (const id of ids) {
      const meta = await this.readMeta(id);
      if (!meta || this.isLive(meta) || !names.includes(`${id}${PIPELINE_EXTENSION}`)) continue;
      entries.push({ id, savedAt: meta.savedAt, name: meta.name, ...(meta.path ? { path: meta.path } : {}) });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private isLive(meta: Meta): boolean {
    return meta.pid === this.pid || this.isRunning(meta.pid);
  }

  private async orphan(id: string): Promise<Meta> {
    const meta = await this.readMeta(id);
    if (!meta) throw new UserFacingError(`There is no recovered document ${id} (already restored or discarded?)`);
    if (this.isLive(meta)) throw new UserFacingError(`Recovered document ${id} belongs to a Pipewright that is still running`);
    return meta;
  }

  /**
   * Gives an orphaned copy to `client`: it becomes that window's own recovery copy (renamed, not
   * deleted), so a second crash right after restoring still loses nothing.
   */
  async restore(client: string, id: string): Promise<{ pipeline: Pipeline; path?: string; savedAt: string }> {
    const meta = await this.orphan(id);
    const pipeline = await readPipelineFile(this.files(id).document);
    const own = this.session(client);
    await this.serial(own, async () => {
      await rename(this.files(id).document, this.files(own).document);
      await writeFileAtomic(this.files(own).meta, `${JSON.stringify({ ...meta, pid: this.pid }, null, 2)}\n`);
      await rm(this.files(id).meta, { force: true });
    });
    return { pipeline, savedAt: meta.savedAt, ...(meta.path ? { path: meta.path } : {}) };
  }

  async discard(id: string): Promise<boolean> {
    await this.orphan(id);
    await this.remove(id);
    return true;
  }

  private async remove(id: string): Promise<void> {
    const { document, meta } = this.files(id);
    // The record first: a copy without one is never offered, a record without its copy would be.
    await rm(meta, { force: true });
    await rm(document, { force: true });
  }
}
