import { kindOf } from '../../shared/catalog/registry';
import type { PipelineNode } from '../../shared/model/pipeline';

/** One node found by a search, with what matched (shown beside it) and how well. */
export interface NodeMatch {
  readonly id: string;
  readonly label: string;
  readonly kindTitle: string;
  /** Which of the node's names matched. */
  readonly field: 'label' | 'id' | 'kind';
  readonly score: number;
}

/** At most this many results are listed. */
export const MAX_RESULTS = 50;

const FIELD_WEIGHT = { label: 3, id: 2, kind: 1 } as const;

/**
 * How well `query` matches `text` (both lower case): a prefix beats a word start, which beats a
 * substring, which beats the letters in order ("kds" finds "Kinesis Data Stream"); 0 for no match.
 */
function matchScore(text: string, query: string): number {
  if (text.startsWith(query)) return 40;
  const at = text.indexOf(query);
  if (at > 0) return /[\s\-_./(]/.test(text[at - 1]!) ? 30 : 20;
  let i = 0;
  for (const ch of text) if (ch === query[i]) i++;
  return i === query.length ? 10 : 0;
}

/**
 * Nodes whose label, id or kind title matches `query`, case-insensitively, best first (then in
 * document order). An empty query finds nothing.
 */
export function searchNodes(nodes: readonly PipelineNode[], query: string): NodeMatch[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const matches: NodeMatch[] = [];
  for (const node of nodes) {
    const kindTitle = kindOf(node.kind)?.title ?? node.kind;
    let best: NodeMatch | undefined;
    for (const [field, text] of [['label', node.label], ['id', node.id], ['kind', kindTitle]] as const) {
      const score = matchScore(text.toLowerCase(), q) * 4 + FIELD_WEIGHT[field];
      if (score > 4 && (!best || score > best.score)) best = { id: node.id, label: node.label, kindTitle, field, score };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
}
