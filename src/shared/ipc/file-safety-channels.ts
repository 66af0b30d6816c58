import { z } from 'zod';
import { PipelineSchema } from '../model/pipeline';

const FilePath = z.string().min(1).max(4_096);
/** Recovery entries are named by main (hex); anything else is refused before it reaches the disk. */
const RecoveryId = z.string().regex(/^[0-9a-f]{8,64}$/, 'expected a recovery id');

export const RecentFileSchema = z.object({
  path: z.string(),
  /** ISO time it was last opened or saved. */
  openedAt: z.string(),
  /** False when the file is gone (moved or deleted): shown, but cannot be opened. */
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const RecoveryEntrySchema = z.object({
  id: RecoveryId,
  /** ISO time of the autosave. */
  savedAt: z.string(),
  name: z.string(),
  /** The file the document came from, if it had been saved or opened. */
  path: z.string().optional(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

/**
 * Channels that keep the user's work safe: recent files, crash recovery, the open file watched for
 * changes by other programs, and closing a window once unsaved changes are settled. Spread into CHANNELS.
 */
export const FILE_SAFETY_CHANNELS = {
  'files:recent': {
    method: 'recentFiles',
    input: z.object({}),
    /** Newest first, at most 10. */
    output: z.object({ files: z.array(RecentFileSchema) }),
  },
  'recovery:save': {
    method: 'saveRecovery',
    /** The document as it is now. `dirty: false` (saved, or a clean close) deletes this window's recovery copy. */
    input: z.object({ pipeline: PipelineSchema, path: FilePath.optional(), dirty: z.boolean() }),
    output: z.object({ status: z.enum(['saved', 'deleted']) }),
  },
  'recovery:list': {
    method: 'listRecovery',
    /** Recovery copies left by sessions that are no longer running, newest first. */
    input: z.object({}),
    output: z.object({ entries: z.array(RecoveryEntrySchema) }),
  },
  'recovery:restore': {
    method: 'restoreRecovery',
    /** Hands the copy over to this window (its own autosave replaces it). */
    input: z.object({ id: RecoveryId }),
    output: z.object({ pipeline: PipelineSchema, path: z.string().optional(), savedAt: z.string() }),
  },
  'recovery:discard': {
    method: 'discardRecovery',
    input: z.object({ id: RecoveryId }),
    output: z.object({ discarded: z.boolean() }),
  },
  'file:watch': {
    method: 'watchFile',
    /** Watches the window's open file for changes by other programs (`file:changed-on-disk`); no path stops watching. */
    input: z.object({ path: FilePath.optional() }),
    output: z.object({ watching: z.boolean() }),
  },
  'window:close': {
    method: 'closeWindow',
    /** Closes the calling desktop window, once the renderer has settled its unsaved changes. */
    input: z.object({}),
    output: z.object({ closing: z.boolean() }),
  },
} as const;

export const FILE_SAFETY_EVENTS = {
  /** Another program changed (or removed) the window's open file. */
  'file:changed-on-disk': z.object({ path: z.string(), removed: z.boolean() }),
  /** The user asked to close the desktop window: the renderer settles unsaved changes, then calls `window:close`. */
  'window:close-requested': z.object({}),
  /** The OS or the command line asked to open this file (desktop only). */
  'app:open-path': z.object({ path: z.string() }),
} as const;
