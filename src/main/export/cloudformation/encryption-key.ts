import type { MapperContext } from './mapper';
import { getAtt, type TemplateValue } from './template';

/**
 * The customer managed KMS key that encrypts `nodeId`'s data: a KMS key node connected to it
 * (kms-key → node), else the key ARN typed in its settings. Undefined when neither: the service
 * then uses its AWS managed key, which needs no grant.
 */
export function encryptionKeyArn(ctx: MapperContext, nodeId: string, configuredArn: string): TemplateValue | undefined {
  for (const edge of ctx.pipeline.edges) {
    if (edge.target !== nodeId) continue;
    const source = ctx.pipeline.nodes.find((node) => node.id === edge.source);
    const logicalId = source?.kind === 'kms-key' ? ctx.logicalIdOf(source.id) : undefined;
    if (logicalId !== undefined) return getAtt(logicalId, 'Arn');
  }
  return configuredArn === '' ? undefined : configuredArn;
}
