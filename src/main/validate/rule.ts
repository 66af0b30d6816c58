import type { z } from 'zod';
import type { PipelineIndex } from '../../shared/catalog/connections';
import type { ConfigOf, KindId } from '../../shared/catalog/registry';
import type { EdgeKind } from '../../shared/catalog/types';
import { FINDING_CODES, type FindingCode } from '../../shared/findings/codes';
import type { Finding } from '../../shared/findings/finding';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';

/** What every rule sees: the pipeline with its lookups computed once per run. */
export interface RuleContext {
  readonly pipeline: Pipeline;
  readonly nodesById: ReadonlyMap<string, PipelineNode>;
  /** Edges by the id of the node at either end. */
  readonly edgesByNode: ReadonlyMap<string, readonly PipelineEdge[]>;
  /** The same lookups for the catalog's connection rules (checkConnection). */
  readonly index: PipelineIndex;
  /** Edges leading into / out of a node. */
  incoming(nodeId: string): readonly PipelineEdge[];
  outgoing(nodeId: string): readonly PipelineEdge[];
  /** What an edge carries, from its source's output port. */
  edgeKind(edge: PipelineEdge): EdgeKind | undefined;
  /** Its kind's schema applied to a node's settings, once per run; undefined for an unknown kind. */
  parseConfig(node: PipelineNode): ReturnType<z.ZodType['safeParse']> | undefined;
  /**
   * A value computed once per run and shared by the rules that need it (e.g. the workload along
   * data edges). The settings it reads count as read by every rule that uses it.
   */
  memo<T>(key: object, compute: () => T): T;
  /** A node's settings parsed by its kind's schema; undefined when the node is of another kind or its settings are invalid. */
  configOf<K extends KindId>(node: PipelineNode | undefined, kind: K): ConfigOf<K> | undefined;
}

/**
 * A rule checks one thing and owns one finding code; each lives in its own file under rules/.
 * Its scope says what its result may depend on, which is what incremental validation relies on:
 * - `node`: the node, its edges and the nodes at their other ends (rerun when any of them changes);
 * - `edge`: the edge and its two end nodes;
 * - `pipeline`: the whole graph, and settings read through `configOf`/`parseConfig` (the validator
 *   records which nodes' settings a run read, and reruns the rule when the graph, a label, or one
 *   of those settings changed). Never read `node.config` directly there. Keep it linear.
 */
export type Rule =
  | { readonly code: FindingCode; readonly scope: 'node'; check(node: PipelineNode, ctx: RuleContext): Finding[] }
  | { readonly code: FindingCode; readonly scope: 'edge'; check(edge: PipelineEdge, ctx: RuleContext): Finding[] }
  | { readonly code: FindingCode; readonly scope: 'pipeline'; check(ctx: RuleContext): Finding[] };

/** Builds a finding with the code's severity from the table. */
export function finding(code: FindingCode, message: string, where: Omit<Finding, 'code' | 'severity' | 'message'> = {}): Finding {
  return { code, severity: FINDING_CODES[code].severity, message, ...where };
}
