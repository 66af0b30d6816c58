import { z } from 'zod';
import { describeIssues } from '../../shared/model/issues';
import { PipelineEdgeSchema, PipelineNodeSchema, type Pipeline, type PipelineEdge, type PipelineNode } from '../../shared/model/pipeline';

/**
 * What Copy puts on the system clipboard: JSON text, so a selection travels between two windows,
 * two files or two instances. Example:
 * `{"format":"pipewright-clipboard","version":1,"nodes":[…],"edges":[…]}`.
 */
export const CLIPBOARD_FORMAT = 'pipewright-clipboard';
export const CLIPBOARD_VERSION = 1;

export const ClipboardPayloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  nodes: z.array(PipelineNodeSchema).min(1, 'Expected at least one node').max(10_000),
  edges: z.array(PipelineEdgeSchema).max(50_000),
});

export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>;

/**
 * The selected nodes and the edges that run between two of them (an edge to a node left behind
 * would dangle). A selected edge whose ends are not both selected is left out for the same reason.
 */
export function payloadOf(pipeline: Pipeline, nodeIds: readonly string[]): ClipboardPayload | undefined {
  const chosen = new Set(nodeIds);
  const nodes: PipelineNode[] = pipeline.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return undefined;
  const edges: PipelineEdge[] = pipeline.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes, edges };
}

export const serializePayload = (payload: ClipboardPayload): string => JSON.stringify(payload);

/** Clipboard text read as a payload, or an error saying what is wrong with it. */
export function parsePayload(text: string): { ok: true; payload: ClipboardPayload } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The clipboard does not hold Pipewright nodes (it is not JSON).' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CLIPBOARD_FORMAT) {
    return { ok: false, message: `The clipboard does not hold Pipewright nodes (no "format": "${CLIPBOARD_FORMAT}").` };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > CLIPBOARD_VERSION) {
    return { ok: false, message: `The clipboard holds nodes from a newer Pipewright (clipboard version ${version}; this one reads ${CLIPBOARD_VERSION}).` };
  }
  const parsed = ClipboardPayloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `The clipboard's nodes cannot be pasted: ${describeIssues(parsed.error)}` };
  return { ok: true, payload: parsed.data };
}
