import { firehosePut, kinesisStreamWrite, kmsUse, managedPolicy } from '../../iam/grants';
import { streamKeyArn } from './kinesis-data-stream';
import { nodeName, type KindMapping, type Mapper } from '../mapper';
import { output, ref } from '../template';

/**
 * app-producer → no AWS resource of its own (the applications run elsewhere), but the managed
 * policy their role needs to put records into the delivery streams and data streams they feed
 * (with the data key of a stream encrypted with a customer managed key).
 */
const mapAppProducer: Mapper<'app-producer'> = (node, _config, ctx) => {
  const deliveryStreams = ctx.targetsOfKind('kinesis-firehose');
  const dataStreams = ctx.targetsOfKind('kinesis-data-stream');
  if (deliveryStreams.length + dataStreams.length === 0) {
    // A policy without statements is invalid; there is nothing to grant.
    return { resources: {}, notes: [`Producer ${nodeName(node)} feeds no exported stream: no policy was generated for it.`] };
  }
  const statements = [
    ...deliveryStreams.flatMap((target) => firehosePut(target.logicalId)),
    ...dataStreams.flatMap((target) => [...kinesisStreamWrite(target.logicalId), ...kmsUse(streamKeyArn(ctx, target), ['kms:GenerateDataKey'])]),
  ];
  const policyId = ctx.derivedId('PutRecordsPolicy');
  return {
    resources: { [policyId]: managedPolicy(`Attach to the role of the applications of "${node.label}" to put records into the streams they feed.`, statements) },
    outputs: {
      // Ref of a managed policy is its ARN.
      [ctx.derivedId('PolicyArn')]: output(`Managed policy to attach to the role of the producers "${node.label}"`, ref(policyId)),
    },
  };
};

export const appProducerMapping: KindMapping<'app-producer'> = {
  mainType: null,
  toCfn: mapAppProducer,
  fromCfn: () => ({}),
};
