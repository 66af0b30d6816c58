import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc/file-safety-channels';
import { writeFileAtomic } from './atomic-write';

export const RECENT_FILES_LIMIT = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const StoredSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1), openedAt: z.string() })).max(100),
});
type Stored = z.infer<typeof StoredSchema>['files'];

/**
 * The recently opened or saved pipelines, newest first, kept in `<userData>/recent-files.json`.
 * A file that cannot be read back (hand-edited, half a disk) gives an empty list and a warning,
 * never a failure: the list is a convenience. Writes are atomic and serialized.
 */
export class RecentFiles {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get file(): string {
    return join(this.dir, RECENT_FILES_NAME);
  }

  private async read(): Promise<Stored> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`Recent files: cannot read ${this.file}: ${(error as Error).message}`);
      return [];
    }
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.files;
      this.warn(`Recent files: ${this.file} is not a recent-files list (${parsed.error.issues[0]?.message}); starting a new one`);
    } catch (error) {
      this.warn(`Recent files: ${this.file} is not valid JSON (${(error as Error).message}); starting a new one`);
    }
    return [];
  }

  /** The list, newest first, each marked whether the file is still there. */
  async list(): Promise<RecentFile[]> {
    await this.queue;
    const files = await this.read();
    return Promise.all(
      files.slice(0, RECENT_FILES_LIMIT).map(async (f) => ({
        ...f,
        exists: await stat(f.path).then(
          (s) => s.isFile(),
          () => false,
        ),
      })),
    );
  }

  /** Puts `path` first (once), dropping the oldest beyond the limit. */
  add(path: string): Promise<void> {
    const run = this.queue.then(async () => {
      const files = (await this.read()).filter((f) => f.path !== path);
      const next = [{ path, openedAt: this.now().toISOString() }, ...files].slice(0, RECENT_FILES_LIMIT);
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, files: next }, null, 2)}\n`);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
