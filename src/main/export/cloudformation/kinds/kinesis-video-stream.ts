import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type ConnectedNode, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, plainNumber, plainString } from '../plain';
import { getAtt, output, ref, retained, type TemplateValue } from '../template';

/**
 * The customer managed key of a video stream, which its consumers need to decrypt; undefined with the
 * AWS managed key aws/kinesisvideo (Kinesis Video Streams is always encrypted) or without a key node.
 */
export function videoStreamKeyArn(ctx: MapperContext, stream: ConnectedNode<'kinesis-video-stream'>): TemplateValue | undefined {
  return stream.config.encryption === 'customer managed key' ? encryptionKeyArn(ctx, stream.node.id, '') : undefined;
}

/**
 * kinesis-video-stream → AWS::KinesisVideo::Stream (retention, media type, KMS key), retained since
 * it stores video. The name is left to CloudFormation: the kind has no name setting.
 */
const mapKinesisVideoStream: Mapper<'kinesis-video-stream'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const properties: Record<string, TemplateValue> = { DataRetentionInHours: config.retentionHours, MediaType: config.mediaType };
  const notes: string[] = [];
  if (config.encryption === 'customer managed key') {
    const key = encryptionKeyArn(ctx, node.id, '');
    if (key !== undefined) properties.KmsKeyId = key;
    else notes.push(`Video stream ${nodeName(node)} asks for a customer managed key but none is connected: it is exported with the AWS managed key aws/kinesisvideo.`);
  }
  properties.Tags = [...ctx.tags];
  return {
    resources: { [id]: retained({ Type: 'AWS::KinesisVideo::Stream', Properties: properties }) },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the Kinesis video stream "${node.label}" (producers' PutMedia target)`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the Kinesis video stream "${node.label}"`, getAtt(id, 'Arn')),
    },
    notes,
  };
};

function readKinesisVideoStream(view: ImportView): DeepPartial<ConfigOf<'kinesis-video-stream'>> {
  const p = view.main.properties;
  return defined({
    retentionHours: plainNumber(p.DataRetentionInHours),
    mediaType: plainString(p.MediaType),
    // Any KmsKeyId other than the AWS managed key's alias is a key of the customer's.
    encryption: p.KmsKeyId === undefined || p.KmsKeyId === 'alias/aws/kinesisvideo' ? ('AWS managed key' as const) : ('customer managed key' as const),
  });
}

export const kinesisVideoStreamMapping: KindMapping<'kinesis-video-stream'> = {
  mainType: 'AWS::KinesisVideo::Stream',
  toCfn: mapKinesisVideoStream,
  fromCfn: readKinesisVideoStream,
};
