import { z } from 'zod';
import { PipelineEdgeSchema, PipelineNodeSchema } from '../model/pipeline';
import { FINDING_CODES, type FindingCode } from './codes';

/** One document change a fix applies; the renderer turns it into one undoable step. */
export const FixOperationSchema = z.discriminatedUnion('op', [
  /** Sets one setting; `path` goes into the node's config (list indices as strings). */
  z.object({ op: z.literal('set-config'), nodeId: z.string(), path: z.array(z.string()), value: z.unknown() }),
  z.object({ op: z.literal('remove-edge'), edgeId: z.string() }),
  /** Adds a node (e.g. the S3 staging bucket a Firehose to Redshift needs). */
  z.object({ op: z.literal('add-node'), node: PipelineNodeSchema }),
  /** Adds an edge; ports are chosen by the connection rules when not given. */
  z.object({ op: z.literal('add-edge'), edge: PipelineEdgeSchema }),
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
  /** Present when the user accepted this finding; it then no longer counts as an error. */
  suppressed: z.object({ justification: z.string() }).optional(),
});

/** The node or edge a finding is about, as suppressions name it. */
export function findingTarget(finding: Pick<Finding, 'nodeId' | 'edgeId'>): string {
  return finding.nodeId ?? finding.edgeId ?? '*';
}

export type FixOperation = z.infer<typeof FixOperationSchema>;
export type Finding = z.infer<typeof FindingSchema>;
