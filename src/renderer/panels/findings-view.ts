import { FINDING_CODES, type Severity } from '../../shared/findings/codes';
import { findingTarget, type Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { SEVERITY_RANK, worseOf } from '../state/finding-summary';

/**
 * How the findings panel arranges findings, as pure data: grouped by severity or by the node (or
 * connection) they name, sorted within a group by code or by that node's label, filtered by the
 * words typed, and the suppressed ones apart.
 */
export type GroupBy = 'severity' | 'node';
export type SortBy = 'code' | 'node';

export interface FindingsViewOptions {
  readonly groupBy: GroupBy;
  readonly sortBy: SortBy;
  /** Words that must all appear in the code, title, message, severity or node label (any case). */
  readonly filter: string;
}

export interface FindingItem {
  readonly finding: Finding;
  /** Stable within one list of findings: code, target, path and position. */
  readonly key: string;
  readonly title: string;
  /** The node's label, `Source → Target` for a connection; undefined for the pipeline as a whole. */
  readonly targetLabel?: string;
}

export interface FindingGroup {
  readonly id: string;
  readonly title: string;
  /** The worst severity in the group (the group's own, when grouped by severity). */
  readonly severity: Severity;
  readonly items: readonly FindingItem[];
}

export interface FindingsView {
  readonly groups: readonly FindingGroup[];
  readonly suppressed: readonly FindingItem[];
  /** Findings before and after the filter. */
  readonly total: number;
  readonly shown: number;
}

export const SEVERITY_GROUPS: readonly { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

/** What the finding is about, in the user's words. */
export function targetLabel(pipeline: Pick<Pipeline, 'nodes' | 'edges'>, finding: Pick<Finding, 'nodeId' | 'edgeId'>): string | undefined {
  const label = (id: string) => pipeline.nodes.find((n) => n.id === id)?.label || id;
  if (finding.nodeId) return label(finding.nodeId);
  if (!finding.edgeId) return undefined;
  const edge = pipeline.edges.find((e) => e.id === finding.edgeId);
  return edge ? `${label(edge.source)} → ${label(edge.target)}` : finding.edgeId;
}

const compareText = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

function compareItems(sortBy: SortBy): (a: FindingItem, b: FindingItem) => number {
  const byCode = (a: FindingItem, b: FindingItem) => compareText(a.finding.code, b.finding.code);
  const byNode = (a: FindingItem, b: FindingItem) => compareText(a.targetLabel ?? '', b.targetLabel ?? '');
  const bySeverity = (a: FindingItem, b: FindingItem) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity];
  const [first, second] = sortBy === 'code' ? [byCode, byNode] : [byNode, byCode];
  return (a, b) => first(a, b) || second(a, b) || bySeverity(a, b) || compareText(a.finding.message, b.finding.message);
}

function matches(item: FindingItem, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const { finding } = item;
  const text = `${finding.code} ${item.title} ${finding.message} ${finding.severity} ${item.targetLabel ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

function groupByNode(items: readonly FindingItem[]): FindingGroup[] {
  const groups = new Map<string, { title: string; severity: Severity; items: FindingItem[] }>();
  for (const item of items) {
    const id = findingTarget(item.finding);
    const group = groups.get(id);
    if (group) {
      group.items.push(item);
      group.severity = worseOf(group.severity, item.finding.severity);
    } else groups.set(id, { title: item.targetLabel ?? 'Pipeline', severity: item.finding.severity, items: [item] });
  }
  // The whole pipeline first, then the worst groups, then by name.
  return [...groups.entries()]
    .map(([id, g]) => ({ id, ...g }))
    .sort((a, b) => Number(b.id === '*') - Number(a.id === '*') || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.title, b.title));
}

export function viewFindings(findings: readonly Finding[], pipeline: Pick<Pipeline, 'nodes' | 'edges'>, options: FindingsViewOptions): FindingsView {
  const words = options.filter.toLowerCase().split(/\s+/).filter(Boolean);
  const seen = new Map<string, number>();
  const all = findings.map((finding): FindingItem => {
    const base = `${finding.code}|${findingTarget(finding)}|${finding.path?.join('.') ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { finding, key: `${base}|${n}`, title: FINDING_CODES[finding.code]?.title ?? finding.code, targetLabel: targetLabel(pipeline, finding) };
  });
  const shown = all.filter((item) => matches(item, words)).sort(compareItems(options.sortBy));
  const active = shown.filter((item) => !item.finding.suppressed);
  const groups =
    options.groupBy === 'node'
      ? groupByNode(active)
      : SEVERITY_GROUPS.map(({ severity, title }) => ({ id: severity, title, severity, items: active.filter((i) => i.finding.severity === severity) })).filter((g) => g.items.length > 0);
  return { groups, suppressed: shown.filter((item) => item.finding.suppressed), total: all.length, shown: shown.length };
}
