import type { MapperContext } from './mapper';
import { network } from './network';
import { getAtt, output, type CfnOutput, type CfnResource, type Intrinsic, type TemplateValue } from './template';

/** Suffix of the group that clients of a data store join to reach it (see `storeSecurityGroups`). */
const CLIENT_GROUP_SUFFIX = 'ClientSecurityGroup';

/** EC2 accepts a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$* in group descriptions, up to 255 of them; labels are free text. */
const groupText = (text: string): string => text.replace(/[^A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g, '-').slice(0, 255);

/** A security group in the pipeline's VPC with no inbound rule (outbound stays open, as EC2 creates it). */
export function securityGroup(ctx: MapperContext, description: string): CfnResource {
  return { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: groupText(description), VpcId: network(ctx).vpcId, Tags: [...ctx.tags] } };
}

/** The first of the SubnetIds parameter, for resources that live in one subnet (an EMR cluster, a one-AZ domain). */
export function firstSubnet(ctx: MapperContext): Intrinsic {
  return { 'Fn::Select': [0, network(ctx).subnetIds] };
}

/** The first two subnets, for resources spread over two Availability Zones. */
export function twoSubnets(ctx: MapperContext): Intrinsic[] {
  return [firstSubnet(ctx), { 'Fn::Select': [1, network(ctx).subnetIds] }];
}

export interface StoreSecurityGroups {
  readonly resources: Record<string, CfnResource>;
  /** The store's own group: attach it to the store. */
  readonly storeGroupId: Intrinsic;
  readonly outputs: Record<string, CfnOutput>;
}

/**
 * Two groups for a data store in the VPC: the store's, which admits its port only from the
 * client group, and the client group, which whatever reads or writes the store joins (DMS
 * replication instances here; Lambda functions and others through the output). No CIDR is
 * opened: membership of the client group is the permission.
 */
export function storeSecurityGroups(ctx: MapperContext, label: string, port: number): StoreSecurityGroups {
  const storeId = ctx.derivedId('SecurityGroup');
  const clientId = ctx.derivedId(CLIENT_GROUP_SUFFIX);
  const store = securityGroup(ctx, `${label}: admits port ${port} from its client security group only`);
  store.Properties.SecurityGroupIngress = [
    { IpProtocol: 'tcp', FromPort: port, ToPort: port, SourceSecurityGroupId: getAtt(clientId, 'GroupId'), Description: groupText(`Clients of ${label}`) },
  ];
  return {
    resources: { [storeId]: store, [clientId]: securityGroup(ctx, `Clients of ${label}: attach to what reads or writes it`) },
    storeGroupId: getAtt(storeId, 'GroupId'),
    outputs: { [ctx.derivedId('ClientSecurityGroupId')]: output(`Security group to attach to the clients of ${label}`, getAtt(clientId, 'GroupId')) },
  };
}

/** The client group of another node's data store, for a mapper whose resource reaches that store. */
export function clientSecurityGroupOf(storeLogicalId: string): TemplateValue {
  return getAtt(`${storeLogicalId}${CLIENT_GROUP_SUFFIX}`, 'GroupId');
}
