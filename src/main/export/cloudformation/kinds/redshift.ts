import { REDSHIFT_NODE_RANGES } from '../../../../shared/catalog/limits/redshift';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { ExportError } from '../../errors';
import { glueCatalog, kinesisStreamRead, s3Read, serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { network } from '../network';
import { defined, oneOf, plainBoolean, plainNumber } from '../plain';
import { redshiftServerless, readServerless, WORKGROUP_SUFFIX } from './redshift-serverless';
import { bucketKeyArn, exportsResource } from '../references';
import { storeSecurityGroups } from '../security-groups';
import { getAtt, output, ref, type CfnResource, type Intrinsic, type TemplateValue } from '../template';

type Config = ConfigOf<'redshift'>;
type Node = Parameters<Mapper<'redshift'>>[0];

/** Redshift's default port (provisioned clusters and Serverless workgroups alike). */
export const REDSHIFT_PORT = 5439;

/** What a warehouse needs whichever way it is deployed. */
export interface Warehouse {
  node: Node;
  config: Config;
  ctx: MapperContext;
  /** The customer managed key, when encryption is 'KMS key'. */
  keyArn?: TemplateValue;
  databaseName: Intrinsic;
  adminUsername: Intrinsic;
  /** The role COPY, Spectrum and streaming ingestion use; undefined when no connection needs one. */
  roleId?: string;
  securityGroupId: TemplateValue;
  resources: Record<string, CfnResource>;
  outputs: Record<string, ReturnType<typeof output>>;
  notes: string[];
}

/** The reads COPY (S3 sources), Spectrum (catalog databases) and streaming ingestion (Kinesis streams) make with the warehouse's role. */
function roleStatements(w: Pick<Warehouse, 'node' | 'config' | 'ctx' | 'notes'>): PolicyStatement[] {
  const { ctx, node, config } = w;
  const statements = ctx.sourcesOfKind('s3-bucket').flatMap((bucket) => s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket)));
  const catalogs = ctx.sourcesOfKind('glue-data-catalog');
  statements.push(...catalogs.flatMap((catalog) => glueCatalog(ref(catalog.logicalId), 'read')));
  if (exportsResource('kinesis-data-stream')) statements.push(...ctx.sourcesOfKind('kinesis-data-stream').flatMap((stream) => kinesisStreamRead(stream.logicalId)));
  if (config.spectrum.enabled) {
    const database = catalogs[0] ? `the Glue database of ${nodeName(catalogs[0].node)}` : 'a Glue database (connect a Data Catalog to grant it)';
    w.notes.push(`${nodeName(node)}: Spectrum is SQL, not a resource: run CREATE EXTERNAL SCHEMA ${config.spectrum.externalSchema} FROM DATA CATALOG DATABASE over ${database} with IAM_ROLE the warehouse role.`);
  }
  return statements;
}

/** Key, security groups, parameters and role shared by clusters and Serverless namespaces. */
function warehouse(node: Node, config: Config, ctx: MapperContext): Warehouse {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const keyArn = config.encryption === 'KMS key' ? encryptionKeyArn(ctx, node.id, '') : undefined;
  if (config.encryption === 'KMS key' && keyArn === undefined) throw new ExportError(`Cannot export Redshift ${nodeName(node)}: it is encrypted with a KMS key, but none is connected. Connect a KMS key node.`);
  if (config.encryption !== 'KMS key' && encryptionKeyArn(ctx, node.id, '') !== undefined) notes.push(`${nodeName(node)}: encryption is "${config.encryption}", so the connected KMS key is not used.`);
  const databaseName = ctx.parameter(`${id}DatabaseName`, {
    Type: 'String',
    Description: `First database of the Redshift warehouse "${node.label}".`,
    Default: 'dev',
    AllowedPattern: '^[a-z][a-z0-9_]{0,62}$',
    ConstraintDescription: 'a lower-case letter, then up to 62 lower-case letters, digits or underscores',
  });
  const adminUsername = ctx.parameter(`${id}AdminUsername`, {
    Type: 'String',
    Description: `Admin user of the Redshift warehouse "${node.label}"; Redshift keeps its password in Secrets Manager.`,
    Default: 'awsuser',
    AllowedPattern: '^[a-zA-Z][a-zA-Z0-9_]{0,127}$',
    ConstraintDescription: 'a letter, then up to 127 letters, digits or underscores',
  });
  const groups = storeSecurityGroups(ctx, `Redshift ${node.label}`, REDSHIFT_PORT);
  const w: Warehouse = { node, config, ctx, keyArn, databaseName, adminUsername, securityGroupId: groups.storeGroupId, resources: { ...groups.resources }, outputs: { ...groups.outputs }, notes };
  const statements = roleStatements(w);
  if (statements.length > 0) {
    w.roleId = ctx.derivedId('Role');
    w.resources[w.roleId] = serviceRole({
      service: 'redshift.amazonaws.com',
      description: `Lets the Redshift warehouse "${node.label}" COPY from and query what is connected to it.`,
      statements,
      tags: ctx.tags,
    });
    w.outputs[ctx.derivedId('RoleArn')] = output(`Role for COPY and Spectrum in "${node.label}"`, getAtt(w.roleId, 'Arn'));
  }
  return w;
}

/**
 * A provisioned cluster in its own subnet group, never publicly accessible, password managed in
 * Secrets Manager. DeletionPolicy Snapshot: deleting the stack keeps the data as a final snapshot
 * and stops the node-hour bill, where Retain would leave a running cluster outside any stack;
 * both validators accept Snapshot for AWS::Redshift::Cluster.
 */
function cluster(w: Warehouse, deployment: Extract<Config['deployment'], { mode: 'provisioned' }>): void {
  const { ctx, node, config } = w;
  const id = ctx.logicalId;
  const subnetGroupId = ctx.derivedId('SubnetGroup');
  w.resources[subnetGroupId] = {
    Type: 'AWS::Redshift::ClusterSubnetGroup',
    Properties: { Description: `Subnets of the Redshift cluster ${node.label}`, SubnetIds: network(ctx).subnetIds, Tags: [...ctx.tags] },
  };
  const multiNode = deployment.numberOfNodes > 1;
  const properties: Record<string, TemplateValue> = {
    ClusterType: multiNode ? 'multi-node' : 'single-node',
    NodeType: deployment.nodeType,
    ...(multiNode ? { NumberOfNodes: deployment.numberOfNodes } : {}),
    DBName: w.databaseName,
    MasterUsername: w.adminUsername,
    ManageMasterPassword: true,
    Encrypted: config.encryption !== 'none',
    ...(w.keyArn !== undefined ? { KmsKeyId: w.keyArn, MasterPasswordSecretKmsKeyId: w.keyArn } : {}),
    PubliclyAccessible: false,
    EnhancedVpcRouting: config.enhancedVpcRouting,
    ClusterSubnetGroupName: ref(subnetGroupId),
    VpcSecurityGroupIds: [w.securityGroupId],
    ...(w.roleId ? { IamRoles: [getAtt(w.roleId, 'Arn')] } : {}),
    Tags: [...ctx.tags],
  };
  w.resources[id] = { Type: 'AWS::Redshift::Cluster', Properties: properties, DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot' };
  Object.assign(w.outputs, {
    [ctx.derivedId('EndpointAddress')]: output(`Address of the Redshift cluster "${node.label}"`, getAtt(id, 'Endpoint.Address')),
    [ctx.derivedId('EndpointPort')]: output(`Port of the Redshift cluster "${node.label}"`, getAtt(id, 'Endpoint.Port')),
    [ctx.derivedId('AdminSecretArn')]: output(`Secret holding the admin password of "${node.label}"`, getAtt(id, 'MasterPasswordSecretArn')),
  });
}

/**
 * redshift → a provisioned AWS::Redshift::Cluster, or a Serverless namespace and workgroup, with
 * their network, security groups and the role COPY, Spectrum and streaming ingestion use.
 */
const mapRedshift: Mapper<'redshift'> = (node, config, ctx) => {
  const w = warehouse(node, config, ctx);
  if (config.deployment.mode === 'provisioned') cluster(w, config.deployment);
  else redshiftServerless(w, config.deployment);
  w.notes.push(`${nodeName(node)}: its security group admits port ${REDSHIFT_PORT} from its client security group only; attach that group to what connects to it.`);
  return { resources: w.resources, outputs: w.outputs, notes: w.notes };
};

/**
 * The endpoint of a redshift node's warehouse, for mappings that connect to it (Firehose, QuickSight):
 * the cluster's, or the Serverless workgroup's.
 */
export function redshiftEndpoint(pipeline: Pipeline, nodeId: string, logicalId: string): { address: TemplateValue; port: TemplateValue } {
  const node = pipeline.nodes.find((n) => n.id === nodeId);
  const serverless = (node?.config as { deployment?: { mode?: string } } | undefined)?.deployment?.mode === 'serverless';
  return serverless
    ? { address: getAtt(`${logicalId}${WORKGROUP_SUFFIX}`, 'Workgroup.Endpoint.Address'), port: getAtt(`${logicalId}${WORKGROUP_SUFFIX}`, 'Workgroup.Endpoint.Port') }
    : { address: getAtt(logicalId, 'Endpoint.Address'), port: getAtt(logicalId, 'Endpoint.Port') };
}

/** Encryption as the settings say it, from Encrypted and KmsKeyId (a cluster) or KmsKeyId alone (a namespace, always encrypted). */
export function readEncryption(encrypted: boolean | undefined, kmsKeyId: unknown): Config['encryption'] | undefined {
  if (kmsKeyId !== undefined) return 'KMS key';
  if (encrypted === false) return 'none';
  return encrypted === true ? 'AWS-managed key' : undefined;
}

function fromCfn(view: ImportView): DeepPartial<Config> {
  if (view.main.type !== 'AWS::Redshift::Cluster') return readServerless(view);
  const p = view.main.properties;
  const nodeType = oneOf(p.NodeType, Object.keys(REDSHIFT_NODE_RANGES) as (keyof typeof REDSHIFT_NODE_RANGES)[]);
  const numberOfNodes = p.ClusterType === 'single-node' ? 1 : plainNumber(p.NumberOfNodes);
  return defined({
    deployment: nodeType !== undefined ? defined({ mode: 'provisioned' as const, nodeType, numberOfNodes }) : undefined,
    encryption: readEncryption(plainBoolean(p.Encrypted) ?? (p.Encrypted === undefined ? false : undefined), p.KmsKeyId),
    enhancedVpcRouting: plainBoolean(p.EnhancedVpcRouting),
  });
}

export const redshiftMapping: KindMapping<'redshift'> = {
  mainType: 'AWS::Redshift::Cluster',
  toCfn: mapRedshift,
  fromCfn,
};
