import type { KindId } from '../../shared/catalog/registry';
import { FINDING_CODES, type FindingCode } from '../../shared/findings/codes';
import type { Finding } from '../../shared/findings/finding';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';

/** What every rule sees: the pipeline with its lookups computed once per run. */
export interface RuleContext {
  readonly pipeline: Pipeline;
  readonly nodesById: ReadonlyMap<string, PipelineNode>;
  /** Edges by the id of the node at either end. */
  readonly edgesByNode: ReadonlyMap<string, readonly PipelineEdge[]>;
  /** A node's settings parsed by its kind's schema; undefined when the kind is unknown or the settings invalid. */
  configOf<K extends KindId>(node: PipelineNode, kind: K): Record<string, unknown> | undefined;
}

/** One check. Each lives in its own file under rules/ with its test. */
export interface Rule {
  readonly code: FindingCode;
  check(ctx: RuleContext): Finding[];
}

/** Builds a finding with the code's severity from the table. */
export function finding(code: FindingCode, message: string, where: Omit<Finding, 'code' | 'severity' | 'message'> = {}): Finding {
  return { code, severity: FINDING_CODES[code].severity, message, ...where };
}
