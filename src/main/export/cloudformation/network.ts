import type { MapperContext } from './mapper';
import type { Intrinsic } from './template';

/**
 * The network that VPC-bound resources (Redshift, RDS, OpenSearch, ElastiCache, EMR, Batch,
 * SageMaker, VPC endpoints) are deployed into. A pipeline lives in one VPC, so every node shares
 * the same two template parameters; the deployer picks an existing VPC and its private subnets.
 */
export function network(ctx: MapperContext): { vpcId: Intrinsic; subnetIds: Intrinsic } {
  return {
    vpcId: ctx.parameter('VpcId', { Type: 'AWS::EC2::VPC::Id', Description: 'VPC the pipeline’s network-bound resources are deployed into.' }),
    subnetIds: ctx.parameter('SubnetIds', {
      Type: 'List<AWS::EC2::Subnet::Id>',
      Description: 'Private subnets of that VPC, in at least two Availability Zones.',
    }),
  };
}
