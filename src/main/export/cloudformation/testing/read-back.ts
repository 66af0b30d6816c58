import { KINDS, type KindId } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import type { PolicyStatement } from '../../iam/policy';
import { toCloudFormation } from '../index';
import { LogicalIds } from '../logical-ids';
import { importView, settingsFromView, type TemplateParts } from '../settings-from-template';
import type { CfnResource } from '../template';

/**
 * For round-trip tests: a node's settings as importing its exported template gives them back
 * (the template through JSON, Refs to parameters replaced by their defaults, read by its kind's
 * fromCfn), next to the node's own settings, both limited to `keys`.
 */
export function readBack(pipeline: Pipeline, nodeId: string, keys: readonly string[]): { read: Record<string, unknown>; expected: Record<string, unknown>; refused: readonly string[] } {
  const node = pipeline.nodes.find((n) => n.id === nodeId);
  const logicalId = new LogicalIds(pipeline.nodes).of(nodeId);
  if (!node || logicalId === undefined) throw new Error(`no node ${nodeId}`);
  const template = JSON.parse(JSON.stringify(toCloudFormation(pipeline))) as TemplateParts;
  const { settings, refused } = settingsFromView(node.kind as KindId, importView(template, logicalId));
  const own = KINDS[node.kind as KindId].config.parse(node.config) as Record<string, unknown>;
  const pick = (from: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, from[key]]));
  return { read: pick(settings), expected: pick(own), refused };
}

/** The statements of a role's inline policies, or of a managed policy. */
export function statementsOf(resource: CfnResource | undefined): PolicyStatement[] {
  if (!resource) throw new Error('no such resource');
  const document = (resource.Properties.PolicyDocument ?? undefined) as { Statement: PolicyStatement[] } | undefined;
  if (document) return document.Statement;
  const policies = (resource.Properties.Policies ?? []) as { PolicyDocument: { Statement: PolicyStatement[] } }[];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}
