import type { KindId } from '../../../shared/catalog/registry';
import { parseConfig } from './config';
import { encryptionKeyArn } from './encryption-key';
import type { ConnectedNode, MapperContext } from './mapper';
import { mappingOf } from './mappers';
import { sub, type TemplateValue } from './template';

/** Whether nodes of `kind` get a main resource others can Ref (kinds not exported yet have none). */
export const exportsResource = (kind: KindId): boolean => mappingOf(kind).mainType !== null;

/** `${` in user text would be read by Fn::Sub as a variable; `${!` writes it literally. */
const subLiteral = (text: string): string => text.replaceAll('${', '${!');

/** s3://<the bucket's deployed name>/prefix, which follows the bucket's name parameter. */
export const bucketUri = (bucketLogicalId: string, prefix = ''): TemplateValue => sub(`s3://\${${bucketLogicalId}}/${subLiteral(prefix)}`);

/** The customer managed key of a bucket's SSE-KMS encryption, which its readers and writers need too; undefined otherwise. */
export function bucketKeyArn(ctx: MapperContext, bucket: ConnectedNode<'s3-bucket'>): TemplateValue | undefined {
  return bucket.config.encryption === 'SSE-KMS' ? encryptionKeyArn(ctx, bucket.node.id, bucket.config.kmsKeyArn) : undefined;
}

/** The pipeline's S3 bucket whose chosen name is `name`, if any. */
export function bucketNamed(ctx: MapperContext, name: string): ConnectedNode<'s3-bucket'> | undefined {
  for (const node of ctx.pipeline.nodes) {
    if (node.kind !== 's3-bucket') continue;
    const config = parseConfig('s3-bucket', node);
    const logicalId = ctx.logicalIdOf(node.id);
    if (config.bucketName === name && name !== '' && logicalId !== undefined) return { node, config, logicalId };
  }
  return undefined;
}

/**
 * An s3://bucket/prefix setting as the template says it: on a bucket of the pipeline (matched by
 * its chosen name) as `!Sub s3://${Bucket}/prefix`, so the location follows the bucket's name
 * parameter; otherwise as written. `bucket` is the matched node, for grants.
 */
export function s3Location(ctx: MapperContext, location: string): { value: TemplateValue; bucket?: ConnectedNode<'s3-bucket'> } {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(location);
  const bucket = match ? bucketNamed(ctx, match[1]!) : undefined;
  return bucket ? { value: bucketUri(bucket.logicalId, match![2]), bucket } : { value: location };
}
