import type { ConfigOf } from '../../../../shared/catalog/registry';
import { mergeStatements, s3Read, s3Write } from '../../iam/grants';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { network } from '../network';
import { defined, plainArray } from '../plain';
import { output, ref, sub, type TemplateValue } from '../template';

type Config = ConfigOf<'vpc-endpoint'>;

/**
 * The endpoint policy when it is restricted to the connected buckets: reads on the buckets drawn
 * into it (bucket → endpoint), writes on those it leads to (endpoint → bucket), for any principal
 * of the VPC (an endpoint policy only narrows what identity and bucket policies allow).
 */
function endpointPolicy(node: Parameters<Mapper<'vpc-endpoint'>>[0], ctx: Parameters<Mapper<'vpc-endpoint'>>[2], notes: string[]): TemplateValue | undefined {
  const read = ctx.sourcesOfKind('s3-bucket').flatMap((bucket) => s3Read(bucket.logicalId));
  const write = ctx.targetsOfKind('s3-bucket').flatMap((bucket) => s3Write(bucket.logicalId));
  const statements = mergeStatements([...read, ...write]);
  if (statements.length === 0) {
    notes.push(`${nodeName(node)}: no bucket is connected, so the endpoint keeps the default policy (full access to S3).`);
    return undefined;
  }
  notes.push(
    `${nodeName(node)}: the endpoint reaches only the connected buckets; ECR image layers (the prod-<region>-starport-layer-bucket bucket) and package repositories in S3 need a statement of their own if the VPC pulls them through it.`,
  );
  return { Version: '2012-10-17', Statement: statements.map((statement) => ({ ...statement, Principal: '*' })) };
}

/**
 * vpc-endpoint → AWS::EC2::VPCEndpoint, a Gateway endpoint for S3 in the pipeline's VPC, on
 * route tables given as one parameter each, with an endpoint policy limited to the connected
 * buckets when so set. The kind is the S3 gateway endpoint only: no interface endpoints.
 */
const mapVpcEndpoint: Mapper<'vpc-endpoint'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const routeTables = Array.from({ length: config.routeTableCount }, (_, i) =>
    ctx.parameter(`${id}RouteTable${i + 1}`, {
      Type: 'String',
      Description: `Route table ${i + 1} of ${config.routeTableCount} that gets the S3 route of "${node.label}".`,
      AllowedPattern: '^rtb-[0-9a-f]+$',
      ConstraintDescription: 'a route table id, rtb-…',
    }),
  );
  const policy = config.restrictToBuckets ? endpointPolicy(node, ctx, notes) : undefined;
  return {
    resources: {
      [id]: {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: {
          VpcEndpointType: 'Gateway',
          ServiceName: sub('com.amazonaws.${AWS::Region}.s3'),
          VpcId: network(ctx).vpcId,
          RouteTableIds: routeTables,
          ...(policy === undefined ? {} : { PolicyDocument: policy }),
          Tags: [...ctx.tags],
        },
      },
    },
    // Bucket policies can require aws:SourceVpce to be this id.
    outputs: { [ctx.derivedId('Id')]: output(`Id of the S3 gateway endpoint "${node.label}"`, ref(id)) },
    notes,
  };
};

/** Reads back the number of route tables and whether an endpoint policy restricts access. */
function readVpcEndpoint(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const routeTables = plainArray(p.RouteTableIds).length;
  return defined({ routeTableCount: routeTables > 0 ? routeTables : undefined, restrictToBuckets: p.PolicyDocument !== undefined });
}

export const vpcEndpointMapping: KindMapping<'vpc-endpoint'> = {
  mainType: 'AWS::EC2::VPCEndpoint',
  toCfn: mapVpcEndpoint,
  fromCfn: readVpcEndpoint,
};
