import { edgeKindOf } from '../../../shared/catalog/connections';
import type { EdgeKind } from '../../../shared/catalog/types';
import type { Pipeline } from '../../../shared/model/pipeline';
import { SERVICE_GROUPS, serviceOf, type ServiceGroup } from './services';
import { nodeText } from './svg';

/** Mermaid draws one dotted style, so control and metadata edges share it; data edges are solid. */
const ARROWS: Record<EdgeKind, string> = { data: '-->', control: '-.->', metadata: '-.->' };

/**
 * Characters that mean something inside a quoted label, as Mermaid entity codes (`#35;` is "#"):
 * the quote ends it, `#…;` is an entity, `<` `>` `&` are HTML, `%%{` starts a directive anywhere in
 * the text, and a leading backtick makes a Markdown string.
 */
const ESCAPES: Record<string, string> = { '#': '#35;', '"': '#34;', '&': '#38;', '<': '#60;', '>': '#62;', '%': '#37;', '`': '#96;', ':': '#58;' };

/**
 * Mermaid cuts the last ";" off a line matching /style.*:\S*#.*;/ (or classDef), breaking an entity
 * code; on such lines colons are escaped too, elsewhere they stay readable ("02:00").
 */
const STYLE_CLEANUP = /style|classDef/;

/** Text for a quoted Mermaid label; line breaks become `<br/>`. */
export function mermaidText(text: string, escapeColons = false): string {
  return text
    .replace(escapeColons ? /[#"&<>%`:]/g : /[#"&<>%`]/g, (char) => ESCAPES[char]!)
    .replace(/\t/g, ' ')
    .replace(/\r\n|\r|\n/g, '<br/>');
}

/** White boxes outlined in the group's colour keep the text readable on every fill. */
const classDef = (name: string, stroke: string, extra = ''): string => `classDef ${name} fill:#ffffff,stroke:${stroke},stroke-width:2px,color:#16191f${extra}`;

/**
 * The pipeline as a Mermaid flowchart, left to right: one node per pipeline node (label and AWS
 * name), one arrow per edge, and a class per AWS service group. Same pipeline, same text.
 */
export function toMermaid(pipeline: Pipeline): string {
  // Document ids can hold anything; Mermaid ids must be plain words, so nodes are numbered in order.
  const ids = new Map(pipeline.nodes.map((node, i) => [node.id, `n${i + 1}`]));
  const nodes = pipeline.nodes.map((node) => {
    const { label, kindTitle } = nodeText(node);
    const colons = STYLE_CLEANUP.test(label + kindTitle);
    return `${ids.get(node.id)}["${mermaidText(label, colons)}<br/>${mermaidText(kindTitle, colons)}"]`;
  });
  const edges = pipeline.edges.flatMap((edge) => {
    const [source, target] = [ids.get(edge.source), ids.get(edge.target)];
    return source && target ? [`${source} ${ARROWS[edgeKindOf(pipeline, edge) ?? 'data']} ${target}`] : [];
  });

  const members = new Map<ServiceGroup | 'unknown', string[]>();
  for (const node of pipeline.nodes) {
    const group = serviceOf(node.kind)?.group ?? 'unknown';
    members.set(group, [...(members.get(group) ?? []), ids.get(node.id)!]);
  }
  // Fixed group order, only the groups present.
  const classes = [...Object.keys(SERVICE_GROUPS), 'unknown'].flatMap((group) => {
    const nodeIds = members.get(group as ServiceGroup | 'unknown');
    if (!nodeIds) return [];
    const definition = group === 'unknown' ? classDef('unknown', '#aab7b8', ',stroke-dasharray:4 3') : classDef(group, SERVICE_GROUPS[group as ServiceGroup].fill);
    return [definition, `class ${nodeIds.join(',')} ${group}`];
  });

  return ['flowchart LR', ...[...nodes, ...edges, ...classes].map((line) => `  ${line}`), ''].join('\n');
}
