import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * content (text as UTF-8, or bytes) goes to a temporary file beside the target, is flushed to
 * disk, then renamed over it. With `overwrite: false` an existing file is left alone and the write
 * fails with EEXIST.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Without overwrite, a hard link puts the file in place only if nothing is there (EEXIST otherwise), atomically.
    if (options.overwrite === false) await link(temp, path);
    else await rename(temp, path);
    await rm(temp, { force: true });
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
