import type { Draft } from 'immer';
import type { Pipeline, Position } from '../../shared/model/pipeline';
import { allIds, nextId, nextLabel } from '../state/ids';
import type { ClipboardPayload } from './payload';

/** How far a paste moves from where the copies were, so that it never hides them. */
export const PASTE_STEP = 24;

/**
 * The shift that puts the pasted nodes where no node of the document already sits: none in another
 * document, one step when pasting over the originals, two for a second paste, and so on.
 */
function freeShift(pipeline: Pipeline, positions: readonly Position[]): Position {
  const taken = new Set(pipeline.nodes.map((n) => `${n.position.x},${n.position.y}`));
  for (let k = 0; ; k++) {
    const d = k * PASTE_STEP;
    if (!positions.some((p) => taken.has(`${p.x + d},${p.y + d}`))) return { x: d, y: d };
  }
}

/**
 * Adds the payload's nodes and edges to the document under new ids (the document's own `kind-n`
 * scheme) and unused labels, edges rewired to the copies. With `at`, the copies' top-left corner
 * lands there; otherwise they keep their layout, shifted off any node already there. A copy is a
 * new resource: what an imported template said about the original (its logical id) is not carried.
 * Returns the new node ids, in payload order.
 */
export function pasteElements(draft: Draft<Pipeline>, payload: ClipboardPayload, at?: Position): string[] {
  const pipeline = draft as Pipeline;
  const ids = allIds(pipeline);
  const labels = new Set(pipeline.nodes.map((n) => n.label));
  const left = Math.min(...payload.nodes.map((n) => n.position.x));
  const top = Math.min(...payload.nodes.map((n) => n.position.y));
  const shift = at ? { x: Math.round(at.x - left), y: Math.round(at.y - top) } : freeShift(pipeline, payload.nodes.map((n) => n.position));

  const renamed = new Map<string, string>();
  for (const node of payload.nodes) {
    if (renamed.has(node.id)) continue; // a duplicate id in the payload: the first one wins
    const id = nextId(node.kind, ids);
    // `Firehose 2` pasted beside itself becomes `Firehose 3`, not `Firehose 2 2`.
    const label = node.label && labels.has(node.label) ? nextLabel(node.label.replace(/ \d+$/, ''), labels) : node.label;
    ids.add(id);
    labels.add(label);
    renamed.set(node.id, id);
    draft.nodes.push({
      id,
      kind: node.kind,
      label,
      position: { x: node.position.x + shift.x, y: node.position.y + shift.y },
      config: structuredClone(node.config),
    });
  }
  for (const edge of payload.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (!source || !target) continue;
    const id = nextId('edge', ids);
    ids.add(id);
    draft.edges.push({ id, source, target, ...(edge.sourcePort && { sourcePort: edge.sourcePort }), ...(edge.targetPort && { targetPort: edge.targetPort }) });
  }
  return [...renamed.values()];
}
