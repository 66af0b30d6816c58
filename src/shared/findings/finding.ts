import { z } from 'zod';
import { FINDING_CODES, type FindingCode } from './codes';

/** One document change a fix applies; the renderer turns it into one undoable step. */
export const FixOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set-config'), nodeId: z.string(), path: z.array(z.string()), value: z.unknown() }),
  z.object({ op: z.literal('remove-edge'), edgeId: z.string() }),
]);

export const FindingSchema = z.object({
  /** Stable code from FINDING_CODES. Example: `"PW601"`. */
  code: z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]),
  severity: z.enum(['error', 'warning', 'info']),
  /** Names the node, edge or setting. Example: `"Raw data: no default encryption declared"`. */
  message: z.string(),
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  /** The setting concerned, as a path into the node's config. Example: `["bufferSizeMiB"]`. */
  path: z.array(z.string()).optional(),
  fix: z.object({ label: z.string(), operations: z.array(FixOperationSchema).min(1) }).optional(),
});

export type FixOperation = z.infer<typeof FixOperationSchema>;
export type Finding = z.infer<typeof FindingSchema>;
