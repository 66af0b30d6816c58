import { OPENSEARCH_MAX_EBS_GIB } from '../../../../shared/catalog/limits/opensearch';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { defined, oneOf, plainBoolean, plainNumber, plainObject } from '../plain';
import { firstSubnet, storeSecurityGroups, twoSubnets } from '../security-groups';
import { getAtt, output, ref, retained, type TemplateValue } from '../template';

type Config = ConfigOf<'opensearch'>;

/** The newest TLS policy of the domain endpoint: TLS 1.2 and above, forward-secret ciphers only (DomainEndpointOptions). */
const TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';
const HTTPS_PORT = 443;

/**
 * Data nodes over two Availability Zones when their count is even, which zone awareness with two
 * zones requires ("Configuring a multi-AZ domain", OpenSearch Service developer guide); an odd
 * count stays in one zone (three zones would need a third subnet the SubnetIds parameter does not promise).
 */
const zoneAware = (config: Config): boolean => config.instanceCount % 2 === 0;

function clusterConfig(config: Config): Record<string, TemplateValue> {
  const cluster: Record<string, TemplateValue> = { InstanceType: config.instanceType, InstanceCount: config.instanceCount };
  if (zoneAware(config)) Object.assign(cluster, { ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 2 } });
  if (config.dedicatedMasters.enabled) {
    Object.assign(cluster, { DedicatedMasterEnabled: true, DedicatedMasterType: config.dedicatedMasters.instanceType, DedicatedMasterCount: config.dedicatedMasters.count });
  }
  if (config.ultraWarm.enabled) Object.assign(cluster, { WarmEnabled: true, WarmType: config.ultraWarm.instanceType, WarmCount: config.ultraWarm.count });
  return cluster;
}

/**
 * opensearch → AWS::OpenSearchService::Domain in the pipeline's VPC (private subnets, its own
 * security groups), gp3 EBS on each data node, encryption at rest with the connected key,
 * node-to-node TLS and HTTPS-only with TLS 1.2, retained. No access policy: writers get
 * identity-based grants on the domain (opensearchWrite), which is all a same-account caller needs.
 */
const mapOpensearch: Mapper<'opensearch'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const groups = storeSecurityGroups(ctx, `OpenSearch ${node.label}`, HTTPS_PORT);
  const key = config.encryptionAtRest ? encryptionKeyArn(ctx, node.id, '') : undefined;
  if (!zoneAware(config)) notes.push(`${nodeName(node)}: ${config.instanceCount} data node(s) stay in one Availability Zone; use an even count to spread them over two.`);
  notes.push(`${nodeName(node)}: a VPC domain needs the service-linked role AWSServiceRoleForAmazonOpenSearchService; create it once per account if it does not exist.`);
  const properties: Record<string, TemplateValue> = {
    ClusterConfig: clusterConfig(config),
    EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: config.storageGiBPerNode },
    EncryptionAtRestOptions: { Enabled: config.encryptionAtRest, ...(key === undefined ? {} : { KmsKeyId: key }) },
    NodeToNodeEncryptionOptions: { Enabled: config.nodeToNodeEncryption },
    DomainEndpointOptions: { EnforceHTTPS: config.enforceHttps, TLSSecurityPolicy: TLS_POLICY },
    VPCOptions: { SubnetIds: zoneAware(config) ? twoSubnets(ctx) : [firstSubnet(ctx)], SecurityGroupIds: [groups.storeGroupId] },
    Tags: [...ctx.tags],
  };
  return {
    resources: { [id]: retained({ Type: 'AWS::OpenSearchService::Domain', Properties: properties }), ...groups.resources },
    outputs: {
      [ctx.derivedId('Endpoint')]: output(`VPC endpoint of the OpenSearch domain "${node.label}"`, getAtt(id, 'DomainEndpoint')),
      [ctx.derivedId('Arn')]: output(`ARN of the OpenSearch domain "${node.label}"`, getAtt(id, 'Arn')),
      [ctx.derivedId('Name')]: output(`Name of the OpenSearch domain "${node.label}"`, ref(id)),
      ...groups.outputs,
    },
    notes,
  };
};

/** The node types the catalog knows; another type read back keeps the setting's default. */
const INSTANCE_TYPES = Object.keys(OPENSEARCH_MAX_EBS_GIB) as Config['instanceType'][];

/** Reads back what mapOpensearch writes. */
function readOpensearch(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const cluster = plainObject(p.ClusterConfig);
  const masters = plainBoolean(cluster?.DedicatedMasterEnabled) === true;
  const warm = plainBoolean(cluster?.WarmEnabled) === true;
  return defined({
    instanceType: oneOf(cluster?.InstanceType, INSTANCE_TYPES),
    instanceCount: plainNumber(cluster?.InstanceCount),
    storageGiBPerNode: plainNumber(plainObject(p.EBSOptions)?.VolumeSize),
    dedicatedMasters: masters
      ? defined({ enabled: true, instanceType: oneOf(cluster?.DedicatedMasterType, INSTANCE_TYPES), count: plainNumber(cluster?.DedicatedMasterCount) })
      : { enabled: false },
    ultraWarm: warm
      ? defined({ enabled: true, instanceType: oneOf(cluster?.WarmType, ['ultrawarm1.medium.search', 'ultrawarm1.large.search'] as const), count: plainNumber(cluster?.WarmCount) })
      : { enabled: false },
    encryptionAtRest: plainBoolean(plainObject(p.EncryptionAtRestOptions)?.Enabled),
    nodeToNodeEncryption: plainBoolean(plainObject(p.NodeToNodeEncryptionOptions)?.Enabled),
    enforceHttps: plainBoolean(plainObject(p.DomainEndpointOptions)?.EnforceHTTPS),
  });
}

export const opensearchMapping: KindMapping<'opensearch'> = {
  mainType: 'AWS::OpenSearchService::Domain',
  toCfn: mapOpensearch,
  fromCfn: readOpensearch,
};
