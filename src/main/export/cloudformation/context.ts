import type { KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../../shared/model/pipeline';
import { parseConfig } from './config';
import type { LogicalIds } from './logical-ids';
import type { ConnectedNode, MapperContext } from './mapper';
import { ref, type CfnParameter, type Tag } from './template';

/** The parameter every template's tags refer to, so one template deploys to dev, staging and prod. */
export const ENVIRONMENT_PARAMETER = 'Environment';
const ENVIRONMENT_SPEC: CfnParameter = {
  Type: 'String',
  Description: 'Deployment environment, carried by every resource as the pipewright:environment tag.',
  Default: 'dev',
  AllowedPattern: '^[A-Za-z0-9-]{1,32}$',
  ConstraintDescription: 'letters, digits and hyphens, 1 to 32 of them',
};

/** AWS tag values allow letters, digits, spaces and _ . : / = + - @, up to 256 of them. */
const tagValue = (text: string): string => text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '-').slice(0, 256);

/** The nodes of `kind` at the other end of `edges`, once each, with their parsed settings. */
function connectedOfKind<K extends KindId>(pipeline: Pipeline, ids: LogicalIds, otherIds: readonly string[], kind: K): ConnectedNode<K>[] {
  const connected: ConnectedNode<K>[] = [];
  for (const otherId of otherIds) {
    const other = pipeline.nodes.find((candidate) => candidate.id === otherId);
    const logicalId = other && ids.of(other.id);
    if (!other || other.kind !== kind || logicalId === undefined) continue;
    if (connected.some((c) => c.node.id === other.id)) continue;
    connected.push({ node: other, config: parseConfig(kind, other), logicalId });
  }
  return connected;
}

/**
 * What the mapper of `node` sees of the rest of the pipeline. Parameters it declares land in
 * `parameters`, shared by all nodes of the template (the first declaration of a name wins).
 */
export function mapperContext(pipeline: Pipeline, ids: LogicalIds, node: PipelineNode, parameters: Map<string, CfnParameter>): MapperContext {
  const logicalId = ids.of(node.id);
  if (logicalId === undefined) throw new Error(`node ${node.id} has no logical id`);
  const outgoing = pipeline.edges.filter((edge) => edge.source === node.id);
  const incoming = pipeline.edges.filter((edge) => edge.target === node.id);
  const parameter = (name: string, spec: CfnParameter) => {
    if (!parameters.has(name)) parameters.set(name, spec);
    return ref(name);
  };
  return {
    pipeline,
    logicalId,
    incoming,
    outgoing,
    logicalIdOf: (nodeId) => ids.of(nodeId),
    derivedId: (suffix) => ids.claim(`${logicalId}${suffix}`),
    targetsOfKind: (kind) => connectedOfKind(pipeline, ids, outgoing.map((edge) => edge.target), kind),
    sourcesOfKind: (kind) => connectedOfKind(pipeline, ids, incoming.map((edge) => edge.source), kind),
    parameter,
    get tags(): Tag[] {
      return [
        { Key: 'pipewright:pipeline', Value: tagValue(pipeline.name) },
        { Key: 'pipewright:environment', Value: parameter(ENVIRONMENT_PARAMETER, ENVIRONMENT_SPEC) },
      ];
    },
  };
}
