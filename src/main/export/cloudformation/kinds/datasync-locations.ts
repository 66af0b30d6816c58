import type { StorageClass } from '../../../../shared/catalog/s3-lifecycle';
import { datasyncBucketAccess, secretRead, serviceRole } from '../../iam/grants';
import type { ConnectedNode, MapperContext } from '../mapper';
import { bucketKeyArn } from '../references';
import { getAtt, type CfnResource, type Tag, type TemplateValue } from '../template';

/**
 * DataSync locations: the on-premises share a task reads through its agent (NFS, SMB, HDFS) and
 * the S3 buckets it reads or writes, each S3 location with the role DataSync assumes for it.
 */

/** DataSync tag values allow letters, digits, spaces and + = . _ : @ / - only (its resource schemas), stricter than most services. */
export function datasyncTags(tags: readonly Tag[]): Tag[] {
  return tags.map((tag) => (typeof tag.Value === 'string' ? { ...tag, Value: tag.Value.replace(/[^a-zA-Z0-9\s+=._:@/-]/g, '-') || '-' } : tag));
}

/** DataSync's names for the S3 storage classes (LocationS3 S3StorageClass). */
const STORAGE_CLASS: Record<StorageClass, string> = {
  Standard: 'STANDARD',
  'Intelligent-Tiering': 'INTELLIGENT_TIERING',
  'Standard-IA': 'STANDARD_IA',
  'One Zone-IA': 'ONEZONE_IA',
  'Glacier Instant Retrieval': 'GLACIER_INSTANT_RETRIEVAL',
  'Glacier Flexible Retrieval': 'GLACIER',
  'Deep Archive': 'DEEP_ARCHIVE',
};

/**
 * An S3 location and its bucket-access role. DataSync writes objects in the bucket's storage class
 * (S3 has no bucket default; the writer chooses, and DataSync can).
 */
/** A location: its logical id and the resources it takes. */
export interface Location {
  readonly id: string;
  readonly resources: Record<string, CfnResource>;
}

export function s3Location(ctx: MapperContext, bucket: ConnectedNode<'s3-bucket'>, suffix: 'Source' | 'Destination', label: string): Location {
  const locationId = ctx.derivedId(suffix);
  const roleId = ctx.derivedId(`${suffix}Role`);
  const storageClass: Record<string, TemplateValue> = suffix === 'Destination' && bucket.config.storageClass !== 'Standard' ? { S3StorageClass: STORAGE_CLASS[bucket.config.storageClass] } : {};
  const resources: Record<string, CfnResource> = {
    [locationId]: {
      Type: 'AWS::DataSync::LocationS3',
      Properties: { S3BucketArn: getAtt(bucket.logicalId, 'Arn'), S3Config: { BucketAccessRoleArn: getAtt(roleId, 'Arn') }, ...storageClass, Tags: datasyncTags(ctx.tags) },
    },
    [roleId]: serviceRole({
      service: 'datasync.amazonaws.com',
      description: `Lets DataSync "${label}" use S3 bucket "${bucket.node.label}" as its ${suffix.toLowerCase()}.`,
      statements: datasyncBucketAccess(bucket.logicalId, bucketKeyArn(ctx, bucket)),
      tags: ctx.tags,
    }),
  };
  return { id: locationId, resources };
}

/** A string parameter of this node: `<id><name>`. */
function parameter(ctx: MapperContext, name: string, description: string, extra: { Default?: string; AllowedPattern?: string } = {}): TemplateValue {
  return ctx.parameter(`${ctx.logicalId}${name}`, { Type: 'String', Description: description, ...extra });
}

/**
 * The location of an on-premises share, read through the agent whose ARN is a parameter; its
 * host, path and credentials are parameters too (the file share node knows only its protocol).
 * SMB passwords come from a Secrets Manager secret, read by a role of their own; HDFS uses simple
 * authentication (Kerberos needs a keytab the template cannot carry).
 */
export function shareLocation(ctx: MapperContext, share: ConnectedNode<'onprem-fileshare'>): Location {
  const locationId = ctx.derivedId('Source');
  const what = `the share "${share.node.label}"`;
  const agentArns = [parameter(ctx, 'AgentArn', `ARN of the DataSync agent that reads ${what}.`, { AllowedPattern: '^arn:aws[a-z-]*:datasync:[a-z0-9-]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$' })];
  const subdirectory = parameter(ctx, 'SourceSubdirectory', `Path exported by ${what}.`, { Default: '/' });
  const tags = datasyncTags(ctx.tags);
  const resources: Record<string, CfnResource> = {};
  const protocol = share.config.protocol;
  if (protocol === 'HDFS') {
    const nameNode = { Hostname: parameter(ctx, 'NameNodeHostname', `Host name of the NameNode of ${what}.`), Port: ctx.parameter(`${ctx.logicalId}NameNodePort`, { Type: 'Number', Description: `NameNode port of ${what}.`, Default: 8020 }) };
    resources[locationId] = {
      Type: 'AWS::DataSync::LocationHDFS',
      Properties: { NameNodes: [nameNode], AuthenticationType: 'SIMPLE', SimpleUser: parameter(ctx, 'HdfsUser', `HDFS user that reads ${what}.`), Subdirectory: subdirectory, AgentArns: agentArns, Tags: tags },
    };
    return { id: locationId, resources };
  }
  const serverHostname = parameter(ctx, 'ServerHostname', `Host name or IP address of the server of ${what}.`);
  if (protocol === 'NFS') {
    resources[locationId] = { Type: 'AWS::DataSync::LocationNFS', Properties: { ServerHostname: serverHostname, Subdirectory: subdirectory, OnPremConfig: { AgentArns: agentArns }, Tags: tags } };
    return { id: locationId, resources };
  }
  const secretArn = parameter(ctx, 'SmbCredentialsArn', `Secrets Manager secret holding, as plain text, the password of the SMB user of ${what}.`, { AllowedPattern: '^arn:aws[a-z-]*:secretsmanager:.+$' });
  const secretRoleId = ctx.derivedId('SecretRole');
  resources[secretRoleId] = serviceRole({ service: 'datasync.amazonaws.com', description: `Lets DataSync read the SMB password of ${what}.`, statements: secretRead(secretArn), tags: ctx.tags });
  resources[locationId] = {
    Type: 'AWS::DataSync::LocationSMB',
    Properties: {
      ServerHostname: serverHostname,
      Subdirectory: subdirectory,
      User: parameter(ctx, 'SmbUser', `User that mounts ${what}.`),
      CustomSecretConfig: { SecretArn: secretArn, SecretAccessRoleArn: getAtt(secretRoleId, 'Arn') },
      AgentArns: agentArns,
      Tags: tags,
    },
  };
  return { id: locationId, resources };
}
