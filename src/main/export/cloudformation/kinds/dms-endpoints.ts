import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { arnOf, bucketArns, dynamodbWrite, kinesisStreamWrite, kmsUse, opensearchWrite, s3Delete, s3Write, secretRead, serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { ExportError } from '../../errors';
import { parseConfig } from '../config';
import { tableKeyArn } from './dynamodb-table';
import { streamKeyArn } from './kinesis-data-stream';
import { nodeName, type MapperContext } from '../mapper';
import { bucketKeyArn } from '../references';
import { clientSecurityGroupOf } from '../security-groups';
import { getAtt, ref, sub, type CfnResource, type TemplateValue } from '../template';

/** A DMS endpoint: its resources, and the security groups the replication instance joins to reach it. */
export interface DmsEndpoint {
  readonly id: string;
  readonly resources: Record<string, CfnResource>;
  readonly clientGroups: TemplateValue[];
  readonly notes: string[];
}

type Side = 'Source' | 'Target';

/** DMS engine names (CreateEndpoint EngineName) and the settings property that carries their secret. */
const DATABASE_ENGINE: Record<ConfigOf<'onprem-database'>['engine'] | ConfigOf<'rds'>['engine'], { engine: string; settings: string; databaseName: boolean }> = {
  MySQL: { engine: 'mysql', settings: 'MySqlSettings', databaseName: false },
  MariaDB: { engine: 'mariadb', settings: 'MySqlSettings', databaseName: false },
  'Aurora MySQL': { engine: 'aurora', settings: 'MySqlSettings', databaseName: false },
  PostgreSQL: { engine: 'postgres', settings: 'PostgreSqlSettings', databaseName: true },
  'Aurora PostgreSQL': { engine: 'aurora-postgresql', settings: 'PostgreSqlSettings', databaseName: true },
  Oracle: { engine: 'oracle', settings: 'OracleSettings', databaseName: true },
  'SQL Server': { engine: 'sqlserver', settings: 'MicrosoftSqlServerSettings', databaseName: true },
  'IBM Db2 LUW': { engine: 'db2', settings: 'IbmDb2Settings', databaseName: true },
  'SAP ASE': { engine: 'sybase', settings: 'SybaseSettings', databaseName: true },
  MongoDB: { engine: 'mongodb', settings: 'MongoDbSettings', databaseName: true },
};

/**
 * The role DMS assumes to read an endpoint's secret. "Using secrets to access AWS Database
 * Migration Service endpoints" (DMS user guide) names the Regional service principal
 * dms.<region>.amazonaws.com in its trust policy.
 */
function secretAccessRole(ctx: MapperContext, secretArn: TemplateValue, description: string): CfnResource {
  const role = serviceRole({ service: 'dms.amazonaws.com', description, statements: secretRead(secretArn), tags: ctx.tags });
  const trust: TemplateValue = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: sub('dms.${AWS::Region}.amazonaws.com') }, Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } } },
    ],
  };
  return { ...role, Properties: { ...role.Properties, AssumeRolePolicyDocument: trust } };
}

/**
 * A database endpoint (a self-managed database, RDS or Aurora, Redshift): credentials, host and
 * port in a Secrets Manager secret given as a parameter (DMS takes either a secret or clear-text
 * values, never both, and cannot use the RDS-managed master secret, which lacks host and port).
 */
function databaseEndpoint(ctx: MapperContext, side: Side, other: PipelineNode, engineName: string, settings: string, databaseName: boolean): DmsEndpoint {
  const id = ctx.derivedId(side);
  const roleId = ctx.derivedId(`${side}SecretRole`);
  const what = `the ${side.toLowerCase()} database "${other.label}"`;
  const secretArn = ctx.parameter(`${id}CredentialsArn`, {
    Type: 'String',
    Description: `Secrets Manager secret with username, password, host and port of ${what} (DMS secret format).`,
    AllowedPattern: '^arn:aws[a-z-]*:secretsmanager:.+$',
  });
  const name: Record<string, TemplateValue> = databaseName ? { DatabaseName: ctx.parameter(`${id}DatabaseName`, { Type: 'String', Description: `Database (or service name) of ${what}.`, MinLength: 1 }) } : {};
  return {
    id,
    resources: {
      [roleId]: secretAccessRole(ctx, secretArn, `Lets DMS read the credentials of ${what}.`),
      [id]: {
        Type: 'AWS::DMS::Endpoint',
        Properties: {
          EndpointType: side.toLowerCase(),
          EngineName: engineName,
          ...name,
          [settings]: { SecretsManagerSecretId: secretArn, SecretsManagerAccessRoleArn: getAtt(roleId, 'Arn') },
          Tags: [...ctx.tags],
        },
      },
    },
    clientGroups: other.kind === 'rds' ? [clientSecurityGroupOf(ctx.logicalIdOf(other.id)!)] : [],
    notes: [],
  };
}

/** The source endpoint: the self-managed database or the RDS database drawn into the task. */
export function sourceEndpoint(ctx: MapperContext, other: PipelineNode): DmsEndpoint {
  const config = parseConfig(other.kind === 'rds' ? 'rds' : 'onprem-database', other);
  const engine = DATABASE_ENGINE[config.engine];
  return databaseEndpoint(ctx, 'Source', other, engine.engine, engine.settings, engine.databaseName);
}

/** An endpoint whose service DMS reaches with a role of the target's grants (S3, Kinesis, DynamoDB, OpenSearch). */
function serviceEndpoint(ctx: MapperContext, engineName: string, settings: string, values: Record<string, TemplateValue>, statements: PolicyStatement[], label: string): { id: string; resources: Record<string, CfnResource> } {
  const id = ctx.derivedId('Target');
  const roleId = ctx.derivedId('TargetRole');
  return {
    id,
    resources: {
      [roleId]: serviceRole({ service: 'dms.amazonaws.com', description: `Lets DMS write to its target "${label}".`, statements, tags: ctx.tags }),
      [id]: { Type: 'AWS::DMS::Endpoint', Properties: { EndpointType: 'target', EngineName: engineName, [settings]: { ...values, ServiceAccessRoleArn: getAtt(roleId, 'Arn') }, Tags: [...ctx.tags] } },
    },
  };
}

/**
 * The target endpoint, from the kind of the node the task writes to. Action lists follow each
 * "Using … as a target for AWS Database Migration Service" page of the DMS user guide.
 */
export function targetEndpoint(ctx: MapperContext, other: PipelineNode): DmsEndpoint {
  const logicalId = ctx.logicalIdOf(other.id)!;
  const done = (endpoint: { id: string; resources: Record<string, CfnResource> }, clientGroups: TemplateValue[] = [], notes: string[] = []): DmsEndpoint => ({ ...endpoint, clientGroups, notes });
  switch (other.kind) {
    case 's3-bucket': {
      const bucket = { node: other, config: parseConfig('s3-bucket', other), logicalId };
      const key = bucketKeyArn(ctx, bucket);
      const encryption = bucket.config.encryption === 'SSE-KMS' ? { EncryptionMode: 'SSE_KMS', ...(key === undefined ? {} : { ServerSideEncryptionKmsKeyId: key }) } : {};
      const tagging: PolicyStatement = { Effect: 'Allow', Action: ['s3:PutObjectTagging'], Resource: [bucketArns(logicalId).objects] };
      return done(serviceEndpoint(ctx, 's3', 'S3Settings', { BucketName: ref(logicalId), ...encryption }, [...s3Write(logicalId, key), ...s3Delete(logicalId), tagging], other.label));
    }
    case 'kinesis-data-stream': {
      const stream = { node: other, config: parseConfig('kinesis-data-stream', other), logicalId };
      const statements = [...kinesisStreamWrite(logicalId), { Effect: 'Allow' as const, Action: ['kinesis:DescribeStream'], Resource: [getAtt(logicalId, 'Arn')] }, ...kmsUse(streamKeyArn(ctx, stream), ['kms:GenerateDataKey'])];
      return done(serviceEndpoint(ctx, 'kinesis', 'KinesisSettings', { StreamArn: getAtt(logicalId, 'Arn'), MessageFormat: 'json' }, statements, other.label));
    }
    case 'dynamodb-table': {
      const table = { node: other, config: parseConfig('dynamodb-table', other), logicalId };
      // DMS keeps its exception tables (awsdms_apply_exceptions, awsdms_full_load_exceptions) next to the target.
      const control: PolicyStatement = { Effect: 'Allow', Action: ['dynamodb:CreateTable', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: [arnOf('dynamodb', 'table/awsdms_*')] };
      const own: PolicyStatement = { Effect: 'Allow', Action: ['dynamodb:DeleteItem', 'dynamodb:DescribeTable'], Resource: [getAtt(logicalId, 'Arn')] };
      // ListTables has no resource type in the Service Authorization Reference.
      const list: PolicyStatement = { Effect: 'Allow', Action: ['dynamodb:ListTables'], Resource: ['*'] };
      const note = `${nodeName(other)}: DMS names DynamoDB tables after the source tables; add an object-mapping rule to the task's table mappings to write into this table.`;
      return done(serviceEndpoint(ctx, 'dynamodb', 'DynamoDbSettings', {}, [...dynamodbWrite(logicalId, tableKeyArn(ctx, table)), own, control, list], other.label), [], [note]);
    }
    case 'opensearch': {
      const endpoint = serviceEndpoint(ctx, 'opensearch', 'ElasticsearchSettings', { EndpointUri: sub(`https://\${${logicalId}.DomainEndpoint}`) }, opensearchWrite(logicalId), other.label);
      return done(endpoint, [clientSecurityGroupOf(logicalId)]);
    }
    case 'redshift': {
      const endpoint = databaseEndpoint(ctx, 'Target', other, 'redshift', 'RedshiftSettings', true);
      const note = `DMS writes to Redshift "${other.label}" through the account role dms-access-for-endpoint (create it once if it does not exist), and needs a route to the cluster.`;
      return { ...endpoint, notes: [note] };
    }
    case 'rds': {
      const engine = DATABASE_ENGINE[parseConfig('rds', other).engine];
      return databaseEndpoint(ctx, 'Target', other, engine.engine, engine.settings, engine.databaseName);
    }
    default:
      throw new ExportError(`Cannot export: DMS has no target endpoint for ${nodeName(other)} (${other.kind}).`);
  }
}
