import { producerManagedPolicy } from '../iam/producer-policy';
import { firehoseExportGaps } from './kinesis-firehose';
import { nodeName, type KindMapping, type Mapper } from './mapper';
import { output, ref } from './template';

/**
 * app-producer → no AWS resource of its own (the applications run elsewhere), but the managed
 * policy their role needs to put records into the delivery streams they feed.
 */
const mapAppProducer: Mapper<'app-producer'> = (node, _config, ctx) => {
  const streams = ctx
    .targetsOfKind('kinesis-firehose')
    .filter((target) => firehoseExportGaps(ctx.pipeline, target.node, target.config).length === 0)
    .map((target) => target.logicalId);
  if (streams.length === 0) {
    // A policy without statements is invalid; there is nothing to grant.
    return { resources: {}, notes: [`Producer ${nodeName(node)} feeds no exported delivery stream: no policy was generated for it.`] };
  }
  const policyId = ctx.derivedId('PutRecordsPolicy');
  return {
    resources: {
      [policyId]: producerManagedPolicy(streams, `Attach to the role of the applications of "${node.label}" to put records into their Firehose delivery streams.`),
    },
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
