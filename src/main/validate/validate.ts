import { findingTarget, type Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { createContext } from './context';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
type Scoped<S extends Rule['scope']> = Extract<Rule, { scope: S }>;
const NODE_RULES = RULES.filter((r): r is Scoped<'node'> => r.scope === 'node');
const EDGE_RULES = RULES.filter((r): r is Scoped<'edge'> => r.scope === 'edge');
const PIPELINE_RULES = RULES.filter((r): r is Scoped<'pipeline'> => r.scope === 'pipeline');

interface Snapshot {
  /** Each node's and edge's JSON, to see what changed since. */
  readonly nodeText: Map<string, string>;
  readonly edgeText: Map<string, string>;
  readonly nodeFindings: Map<string, Finding[]>;
  readonly edgeFindings: Map<string, Finding[]>;
}

/**
 * Validates pipelines one after another, reusing what an edit did not touch: node rules rerun for
 * changed nodes, their neighbours and the ends of changed edges; edge rules for edges touching
 * those; pipeline rules always. The result is the same as a full run (tested).
 */
export class Validator {
  private last: Snapshot | undefined;

  validate(pipeline: Pipeline): Finding[] {
    const ctx = createContext(pipeline);
    const nodeText = new Map(pipeline.nodes.map((n) => [n.id, JSON.stringify(n)]));
    const edgeText = new Map(pipeline.edges.map((e) => [e.id, JSON.stringify(e)]));
    // Duplicate ids make per-id caching ambiguous: validate those pipelines whole.
    const unique = nodeText.size === pipeline.nodes.length && edgeText.size === pipeline.edges.length;
    const last = unique ? this.last : undefined;
    const dirtyNodes = new Set<string>();
    const dirtyEdges = new Set<string>();
    if (last) this.collectDirty(ctx, last, nodeText, edgeText, dirtyNodes, dirtyEdges);

    const nodeFindings = new Map<string, Finding[]>();
    for (const node of pipeline.nodes) {
      const cached = last && !dirtyNodes.has(node.id) ? last.nodeFindings.get(node.id) : undefined;
      nodeFindings.set(node.id, cached ?? NODE_RULES.flatMap((rule) => rule.check(node, ctx)));
    }
    const edgeFindings = new Map<string, Finding[]>();
    for (const edge of pipeline.edges) {
      const cached = last && !dirtyEdges.has(edge.id) ? last.edgeFindings.get(edge.id) : undefined;
      edgeFindings.set(edge.id, cached ?? EDGE_RULES.flatMap((rule) => rule.check(edge, ctx)));
    }
    this.last = unique ? { nodeText, edgeText, nodeFindings, edgeFindings } : undefined;

    const findings = [...PIPELINE_RULES.flatMap((rule) => rule.check(ctx)), ...[...nodeFindings.values()].flat(), ...[...edgeFindings.values()].flat()];
    return applySuppressions(pipeline, findings).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }

  private collectDirty(ctx: RuleContext, last: Snapshot, nodeText: Map<string, string>, edgeText: Map<string, string>, dirtyNodes: Set<string>, dirtyEdges: Set<string>): void {
    const touch = (nodeId: string) => {
      dirtyNodes.add(nodeId);
      for (const edge of ctx.edgesByNode.get(nodeId) ?? []) dirtyNodes.add(edge.source === nodeId ? edge.target : edge.source);
    };
    for (const [id, text] of nodeText) if (last.nodeText.get(id) !== text) touch(id);
    for (const id of last.nodeText.keys()) if (!nodeText.has(id)) touch(id);
    const changedEdge = (text: string | undefined) => {
      if (text === undefined) return;
      const { source, target } = JSON.parse(text) as { source: string; target: string };
      dirtyNodes.add(source);
      dirtyNodes.add(target);
    };
    for (const [id, text] of edgeText) {
      if (last.edgeText.get(id) === text) continue;
      dirtyEdges.add(id);
      changedEdge(text);
      changedEdge(last.edgeText.get(id));
    }
    for (const [id, text] of last.edgeText) if (!edgeText.has(id)) changedEdge(text);
    for (const nodeId of dirtyNodes) for (const edge of ctx.edgesByNode.get(nodeId) ?? []) dirtyEdges.add(edge.id);
  }
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
