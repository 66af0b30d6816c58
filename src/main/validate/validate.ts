import { findingTarget, type Finding } from '../../shared/findings/finding';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';
import { createContext, type MemoEntry, type TrackedContext } from './context';
import type { GraphIndex } from './graph-index';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
type Scoped<S extends Rule['scope']> = Extract<Rule, { scope: S }>;
const NODE_RULES = RULES.filter((r): r is Scoped<'node'> => r.scope === 'node');
const EDGE_RULES = RULES.filter((r): r is Scoped<'edge'> => r.scope === 'edge');
const PIPELINE_RULES = RULES.filter((r): r is Scoped<'pipeline'> => r.scope === 'pipeline');

const NO_FINDINGS: Finding[] = [];

/** The findings of `rules`; most nodes and edges have none, and then no array is made for them. */
function collect<R>(rules: readonly R[], check: (rule: R) => Finding[]): Finding[] {
  let found: Finding[] | undefined;
  for (const rule of rules) {
    const findings = check(rule);
    if (findings.length > 0) (found ??= []).push(...findings);
  }
  return found ?? NO_FINDINGS;
}

interface Snapshot {
  /** Each node and edge as last validated, to see what changed since. */
  readonly nodes: Map<string, PipelineNode>;
  readonly edges: Map<string, PipelineEdge>;
  readonly graph: GraphIndex;
  readonly nodeFindings: Map<string, Finding[]>;
  readonly edgeFindings: Map<string, Finding[]>;
  /** Each pipeline rule's findings and the nodes whose settings it read. */
  readonly pipelineFindings: Map<Rule, { findings: Finding[]; reads: ReadonlySet<string> }>;
  /** Parsed settings by node id, reused for nodes whose settings did not change. */
  readonly parsed: Map<string, ReturnType<TrackedContext['parseConfig']>>;
  /** Values shared by rules (the workload, the data graph), reused while the graph and the settings they read stay the same. */
  readonly memos: ReadonlyMap<object, MemoEntry>;
}

/** What an edit changed, as the rules see it. */
interface Changes {
  readonly dirtyNodes: Set<string>;
  readonly dirtyEdges: Set<string>;
  /** Nodes whose settings changed (or that appeared or went). */
  readonly settings: Set<string>;
  /** Nodes or edges appeared, went, or changed ends, ports, kind or label. */
  graph: boolean;
}

/**
 * Validates pipelines one after another, reusing what an edit did not touch: node rules rerun for
 * changed nodes, their neighbours and the ends of changed edges; edge rules for edges touching
 * those; pipeline rules when the graph or a label changed, or a setting they read. The result is
 * the same as a full run (tested). It keeps the pipeline it was given to compare the next one
 * with: callers hand it a copy they will not change (IPC parses a fresh one for every call).
 */
export class Validator {
  private last: Snapshot | undefined;

  validate(pipeline: Pipeline): Finding[] {
    const nodes = new Map<string, PipelineNode>();
    for (const node of pipeline.nodes) nodes.set(node.id, node);
    const edges = new Map<string, PipelineEdge>();
    for (const edge of pipeline.edges) edges.set(edge.id, edge);
    // Duplicate ids make per-id caching ambiguous: validate those pipelines whole.
    const unique = nodes.size === pipeline.nodes.length && edges.size === pipeline.edges.length;
    const last = unique ? this.last : undefined;
    const graphChanged = !last || graphChangedSince(last, nodes, edges);
    const ctx = createContext(pipeline, nodes, graphChanged ? undefined : last.graph);
    const changes: Changes = { dirtyNodes: new Set(), dirtyEdges: new Set(), settings: new Set(), graph: graphChanged };
    if (last) {
      collectChanges(ctx, last, nodes, edges, changes);
      ctx.reuseParsed(last.parsed, changes.settings);
      if (!changes.graph) ctx.reuseMemos(last.memos, changes.settings);
    }
    const { dirtyNodes, dirtyEdges } = changes;

    const checkNode = (node: PipelineNode) => collect(NODE_RULES, (rule) => rule.check(node, ctx));
    const checkEdge = (edge: PipelineEdge) => collect(EDGE_RULES, (rule) => rule.check(edge, ctx));
    let nodeFindings: Map<string, Finding[]>;
    let edgeFindings: Map<string, Finding[]>;
    if (last && !changes.graph) {
      // Same nodes and edges in the same order: the last run's tables are updated where something changed.
      nodeFindings = last.nodeFindings;
      edgeFindings = last.edgeFindings;
      // Dirty ids include the missing ends of dangling edges, which have no findings of their own.
      for (const id of dirtyNodes) {
        const node = nodes.get(id);
        if (node) nodeFindings.set(id, checkNode(node));
      }
      for (const id of dirtyEdges) edgeFindings.set(id, checkEdge(edges.get(id)!));
    } else {
      nodeFindings = new Map();
      for (const node of pipeline.nodes) nodeFindings.set(node.id, (last && !dirtyNodes.has(node.id) ? last.nodeFindings.get(node.id) : undefined) ?? checkNode(node));
      edgeFindings = new Map();
      for (const edge of pipeline.edges) edgeFindings.set(edge.id, (last && !dirtyEdges.has(edge.id) ? last.edgeFindings.get(edge.id) : undefined) ?? checkEdge(edge));
    }
    const pipelineFindings = new Map<Rule, { findings: Finding[]; reads: ReadonlySet<string> }>();
    for (const rule of PIPELINE_RULES) {
      const cached = last && !changes.graph ? last.pipelineFindings.get(rule) : undefined;
      let reusable = cached !== undefined;
      for (const id of changes.settings) if (cached?.reads.has(id)) reusable = false;
      if (reusable) pipelineFindings.set(rule, cached!);
      else {
        const { value, reads } = ctx.tracking(() => rule.check(ctx));
        pipelineFindings.set(rule, { findings: value, reads });
      }
    }
    if (unique) {
      // Parses of nodes this run did not need stay reusable: the last run's table is updated in place.
      const parsed = last?.parsed ?? new Map();
      if (last) for (const id of changes.settings) parsed.delete(id);
      if (last && changes.graph) for (const id of parsed.keys()) if (!nodes.has(id)) parsed.delete(id);
      for (const [id, result] of ctx.parsedById()) parsed.set(id, result);
      this.last = { nodes, edges, graph: ctx.graph, nodeFindings, edgeFindings, pipelineFindings, parsed, memos: ctx.memos() };
    } else this.last = undefined;

    const findings: Finding[] = [];
    for (const { findings: list } of pipelineFindings.values()) if (list.length > 0) findings.push(...list);
    for (const list of nodeFindings.values()) if (list.length > 0) findings.push(...list);
    for (const list of edgeFindings.values()) if (list.length > 0) findings.push(...list);
    return applySuppressions(pipeline, findings).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }
}

/** Whether nodes or edges appeared, went, moved in the lists, or changed ends, ports, kind or label since the last run. */
function graphChangedSince(last: Snapshot, nodes: Map<string, PipelineNode>, edges: Map<string, PipelineEdge>): boolean {
  if (nodes.size !== last.nodes.size || edges.size !== last.edges.size) return true;
  // Maps iterate in insertion order, which is the order of the lists: walking both in step also compares the order.
  const before = last.nodes.values();
  for (const node of nodes.values()) {
    const old = before.next().value!;
    if (old.id !== node.id || old.kind !== node.kind || old.label !== node.label) return true;
  }
  const edgesBefore = last.edges.values();
  for (const edge of edges.values()) if (!sameJson(edgesBefore.next().value, edge)) return true;
  return false;
}

/** Nodes and edges whose rules must rerun: what changed, what it touches, and their neighbours. */
function collectChanges(ctx: RuleContext, last: Snapshot, nodes: Map<string, PipelineNode>, edges: Map<string, PipelineEdge>, changes: Changes): void {
  const { dirtyNodes, dirtyEdges, settings } = changes;
  const touch = (nodeId: string) => {
    dirtyNodes.add(nodeId);
    for (const edge of ctx.edgesByNode.get(nodeId) ?? []) dirtyNodes.add(edge.source === nodeId ? edge.target : edge.source);
  };
  const endsOf = (edge: PipelineEdge | undefined) => {
    if (!edge) return;
    dirtyNodes.add(edge.source);
    dirtyNodes.add(edge.target);
  };
  for (const [id, node] of nodes) {
    const before = last.nodes.get(id);
    if (sameJson(before, node)) continue;
    touch(id);
    if (!before || !sameJson(before.config, node.config)) settings.add(id);
  }
  if (changes.graph) {
    for (const id of last.nodes.keys()) if (!nodes.has(id)) touch(id);
    for (const [id, edge] of edges) {
      const before = last.edges.get(id);
      if (sameJson(before, edge)) continue;
      dirtyEdges.add(id);
      endsOf(edge);
      endsOf(before);
    }
    for (const [id, edge] of last.edges) if (!edges.has(id)) endsOf(edge);
  }
  for (const nodeId of dirtyNodes) for (const edge of ctx.edgesByNode.get(nodeId) ?? []) dirtyEdges.add(edge.id);
}

/** Deep equality of JSON values (what a document is made of); cheaper than comparing serialized text. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // JSON has no undefined, so a key missing from b shows as a different value; counting keys in
  // place instead of listing them keeps this allocation-free, and primitives are compared inline.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    const value = x[key];
    if (value !== y[key] && (typeof value !== 'object' || !sameJson(value, y[key]))) return false;
    count++;
  }
  for (const _key in y) count--;
  return count === 0;
}

/** Marks the findings the pipeline's suppressions accept; they stay listed. */
function applySuppressions(pipeline: Pipeline, findings: Finding[]): Finding[] {
  if (pipeline.suppressions.length === 0) return findings;
  return findings.map((f) => {
    const target = findingTarget(f);
    const accepted = pipeline.suppressions.find((s) => s.code === f.code && (s.target === target || s.target === '*'));
    return accepted ? { ...f, suppressed: { justification: accepted.justification } } : f;
  });
}

/** Runs every rule over the pipeline: errors first, then by code. Pure and deterministic. */
export function validatePipeline(pipeline: Pipeline): Finding[] {
  return new Validator().validate(pipeline);
}

/** True when any finding is an error that was not suppressed: the CLI's exit code 1. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && !f.suppressed);
}
