import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { ExportError } from '../../errors';
import { openSearchDeliver, s3Deliver, secretRead, vpcNetworkInterfaces } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { formatConversion, prefixes, type Part } from './firehose-processing';
import { nodeName, type ConnectedNode, type MapperContext } from '../mapper';
import { network } from '../network';
import { bucketKeyArn } from '../references';
import { clientSecurityGroupOf } from '../security-groups';
import { REDSHIFT_PORT, redshiftEndpoint } from './redshift';
import { getAtt, ref, type TemplateValue } from '../template';

type Config = ConfigOf<'kinesis-firehose'>;

/** Where a delivery stream sends records: one destination node, or the HTTP endpoint of its settings. */
export type Destination =
  | { kind: 's3-bucket'; target: ConnectedNode<'s3-bucket'> }
  | { kind: 'redshift'; target: ConnectedNode<'redshift'> }
  | { kind: 'opensearch'; target: ConnectedNode<'opensearch'> }
  | { kind: 'splunk'; target: ConnectedNode<'splunk'> }
  | { kind: 'http' };

/** What every destination builder gets from the delivery stream's mapper. */
export interface Delivery {
  readonly ctx: MapperContext;
  readonly node: PipelineNode;
  readonly config: Config;
  readonly roleArn: TemplateValue;
  /** The staging (Redshift) or backup bucket on the staging port, if connected. */
  readonly staging: ConnectedNode<'s3-bucket'> | undefined;
  /** CloudWatchLoggingOptions for the destination's log stream or the backup's. */
  logging(stream: 'destination' | 'backup'): TemplateValue;
  readonly processing: TemplateValue | undefined;
  readonly notes: string[];
}

/** The CloudFormation property for each destination kind. */
export const DESTINATION_PROPERTY = {
  's3-bucket': 'ExtendedS3DestinationConfiguration',
  redshift: 'RedshiftDestinationConfiguration',
  opensearch: 'AmazonopensearchserviceDestinationConfiguration',
  splunk: 'SplunkDestinationConfiguration',
  http: 'HttpEndpointDestinationConfiguration',
} as const;

/** Backups share the staging bucket with Redshift's intermediate files, so they get their own prefix. */
const BACKUP_PREFIX = 'backup/';

/**
 * Buffering bounds of the destinations whose hints are narrower than S3's 1–128 MiB and 0–900 s
 * (Firehose API reference: SplunkBufferingHints, HttpEndpointBufferingHints, AmazonopensearchserviceBufferingHints).
 */
const BUFFER_BOUNDS = {
  splunk: { maxMiB: 5, maxSeconds: 60, name: 'Splunk' },
  http: { maxMiB: 64, maxSeconds: 900, name: 'an HTTP endpoint' },
  opensearch: { maxMiB: 100, maxSeconds: 900, name: 'OpenSearch' },
} as const;

/** Buffering hints within the destination's bounds; a setting beyond them is lowered, with a note. */
function buffering(d: Delivery, destination: keyof typeof BUFFER_BOUNDS | null): TemplateValue {
  const bounds = destination === null ? undefined : BUFFER_BOUNDS[destination];
  const size = Math.min(d.config.bufferSizeMiB, bounds?.maxMiB ?? Infinity);
  const interval = Math.min(d.config.bufferIntervalSeconds, bounds?.maxSeconds ?? Infinity);
  if (size !== d.config.bufferSizeMiB || interval !== d.config.bufferIntervalSeconds) {
    d.notes.push(`Firehose ${nodeName(d.node)}: its buffer (${d.config.bufferSizeMiB} MiB, ${d.config.bufferIntervalSeconds} s) exceeds what ${bounds?.name} accepts; exported as ${size} MiB, ${interval} s.`);
  }
  return { SizeInMBs: size, IntervalInSeconds: interval };
}

/** The staging/backup bucket a destination cannot do without. */
function requiredStaging(d: Delivery, why: string): ConnectedNode<'s3-bucket'> {
  if (d.staging) return d.staging;
  throw new ExportError(`Cannot export: Firehose ${nodeName(d.node)} needs an S3 bucket on its staging/backup port for ${why}.`);
}

/** An S3 configuration (staging or backup) writing into `bucket`. */
function s3Configuration(d: Delivery, bucket: ConnectedNode<'s3-bucket'>, prefix: Record<string, TemplateValue>, log: 'destination' | 'backup'): Part<TemplateValue> {
  return {
    value: {
      BucketARN: getAtt(bucket.logicalId, 'Arn'),
      RoleARN: d.roleArn,
      BufferingHints: buffering(d, null),
      CompressionFormat: d.config.compression,
      ...prefix,
      CloudWatchLoggingOptions: d.logging(log),
    },
    statements: s3Deliver(bucket.logicalId, bucketKeyArn(d.ctx, bucket)),
  };
}

const processingOf = (d: Delivery): Record<string, TemplateValue> => (d.processing === undefined ? {} : { ProcessingConfiguration: d.processing });
const retry = (seconds: number): TemplateValue => ({ DurationInSeconds: seconds });

function s3Destination(d: Delivery, bucket: ConnectedNode<'s3-bucket'>): Part<TemplateValue> {
  const main = s3Configuration(d, bucket, prefixes(d.node, d.config), 'destination');
  const value: Record<string, TemplateValue> = { ...(main.value as Record<string, TemplateValue>), ...processingOf(d) };
  const statements: PolicyStatement[] = [...main.statements];
  const conversion = formatConversion(d.ctx, d.node, d.config, d.roleArn);
  if (conversion) {
    value.DataFormatConversionConfiguration = conversion.value;
    statements.push(...conversion.statements);
  }
  if (d.config.dynamicPartitioning.enabled) value.DynamicPartitioningConfiguration = { Enabled: true };
  if (d.config.s3BackupMode === 'All') {
    const backup = s3Configuration(d, requiredStaging(d, 'the backup of all source records'), { Prefix: BACKUP_PREFIX }, 'backup');
    Object.assign(value, { S3BackupMode: 'Enabled', S3BackupConfiguration: backup.value });
    statements.push(...backup.statements);
  } else if (d.config.s3BackupMode === 'FailedOnly') {
    d.notes.push(`Firehose ${nodeName(d.node)}: S3 backup of failed records only does not apply to an S3 destination, which keeps them under its error prefix.`);
  }
  return { value, statements };
}

/** COPY reads only uncompressed or GZIP files from the staging bucket (Firehose developer guide, Redshift destination). */
const REDSHIFT_COMPRESSIONS: readonly string[] = ['UNCOMPRESSED', 'GZIP'];

function redshiftDestination(d: Delivery, cluster: ConnectedNode<'redshift'>): Part<TemplateValue> {
  const { ctx, node, config } = d;
  if (!REDSHIFT_COMPRESSIONS.includes(config.compression)) {
    throw new ExportError(`Cannot export: Firehose ${nodeName(node)} delivers to Redshift, whose COPY reads UNCOMPRESSED or GZIP files, not ${config.compression}.`);
  }
  const staging = s3Configuration(d, requiredStaging(d, 'Redshift, which loads from it with COPY'), prefixes(node, config), 'destination');
  const table = ctx.parameter(`${ctx.logicalId}RedshiftTable`, { Type: 'String', Description: `Redshift table Firehose "${node.label}" loads (schema.table).`, MinLength: 1 });
  const copyOptions = ctx.parameter(`${ctx.logicalId}RedshiftCopyOptions`, {
    Type: 'String',
    Description: `COPY options of Firehose "${node.label}" (format of the records, compression of the staged files).`,
    Default: config.compression === 'GZIP' ? "JSON 'auto' GZIP" : "JSON 'auto'",
  });
  const secret = ctx.parameter(`${ctx.logicalId}RedshiftCredentialsArn`, {
    Type: 'String',
    Description: `Secrets Manager secret with the username and password Firehose "${node.label}" loads Redshift with.`,
    AllowedPattern: '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$',
  });
  const value: Record<string, TemplateValue> = {
    ClusterJDBCURL: redshiftJdbcUrl(ctx, cluster),
    CopyCommand: { DataTableName: table, CopyOptions: copyOptions },
    RoleARN: d.roleArn,
    S3Configuration: staging.value,
    SecretsManagerConfiguration: { Enabled: true, SecretARN: secret },
    RetryOptions: retry(config.retryDurationSeconds),
    CloudWatchLoggingOptions: d.logging('destination'),
    ...processingOf(d),
    S3BackupMode: config.s3BackupMode === 'All' ? 'Enabled' : 'Disabled',
  };
  const statements = [...staging.statements, ...secretRead(secret)];
  if (config.s3BackupMode === 'All') {
    const backup = s3Configuration(d, d.staging!, { Prefix: BACKUP_PREFIX }, 'backup');
    value.S3BackupConfiguration = backup.value;
    statements.push(...backup.statements);
  }
  // Firehose connects to Redshift from its own public addresses; it has no VPC delivery for Redshift.
  d.notes.push(
    `Firehose ${nodeName(node)}: Redshift ${nodeName(cluster.node)} must be reachable from Firehose's CIDR block for the Region (publicly accessible, with an inbound rule on port ${REDSHIFT_PORT}): Firehose developer guide, "Grant Firehose access to an Amazon Redshift destination".`,
  );
  return { value, statements };
}

/** The warehouse's JDBC URL, from its endpoint (cluster or Serverless workgroup) and the database parameter of its mapping. */
function redshiftJdbcUrl(ctx: MapperContext, warehouse: ConnectedNode<'redshift'>): TemplateValue {
  const endpoint = redshiftEndpoint(ctx.pipeline, warehouse.node.id, warehouse.logicalId);
  // A workgroup listens on Redshift's default port (its mapping sets none); GetAtt Workgroup.Endpoint.Port is a number, which Fn::Sub refuses.
  const port = warehouse.config.deployment.mode === 'serverless' ? String(REDSHIFT_PORT) : endpoint.port;
  const parts = { Address: endpoint.address, Port: port, Database: ref(`${warehouse.logicalId}DatabaseName`) };
  return { 'Fn::Sub': ['jdbc:redshift://${Address}:${Port}/${Database}', parts] } as TemplateValue;
}

/** Backup modes of the destinations that always keep failed records in S3, by their CloudFormation names. */
const FAILED_OR_ALL = {
  opensearch: ['FailedDocumentsOnly', 'AllDocuments'],
  splunk: ['FailedEventsOnly', 'AllEvents'],
  http: ['FailedDataOnly', 'AllData'],
} as const;

/** The backup part shared by OpenSearch, Splunk and HTTP: failed or all records to the required backup bucket. */
function backedUp(d: Delivery, destination: keyof typeof FAILED_OR_ALL, what: string): { fields: Record<string, TemplateValue>; statements: readonly PolicyStatement[] } {
  const backup = s3Configuration(d, requiredStaging(d, `${what}, which backs records up to S3`), prefixes(d.node, d.config), 'backup');
  const [failed, all] = FAILED_OR_ALL[destination];
  return {
    fields: { S3BackupMode: d.config.s3BackupMode === 'All' ? all : failed, S3Configuration: backup.value, CloudWatchLoggingOptions: d.logging('destination'), ...processingOf(d) },
    statements: backup.statements,
  };
}

function openSearchDestination(d: Delivery, domain: ConnectedNode<'opensearch'>): Part<TemplateValue> {
  const { ctx, node } = d;
  const index = ctx.parameter(`${ctx.logicalId}IndexName`, {
    Type: 'String',
    Description: `OpenSearch index Firehose "${node.label}" writes to.`,
    Default: node.label.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').slice(0, 80) || 'records',
    AllowedPattern: '^[a-z0-9][a-z0-9_-]{0,79}$',
  });
  const backup = backedUp(d, 'opensearch', 'OpenSearch');
  return {
    value: {
      DomainARN: getAtt(domain.logicalId, 'Arn'),
      IndexName: index,
      RoleARN: d.roleArn,
      BufferingHints: buffering(d, 'opensearch'),
      RetryOptions: retry(d.config.retryDurationSeconds),
      ...backup.fields,
      // The domain lives in the pipeline's VPC: Firehose delivers through its own interfaces there, in the domain's client group.
      VpcConfiguration: { RoleARN: d.roleArn, SubnetIds: network(ctx).subnetIds, SecurityGroupIds: [clientSecurityGroupOf(domain.logicalId)] },
    },
    statements: [...backup.statements, ...openSearchDeliver(domain.logicalId), ...vpcNetworkInterfaces()],
  };
}

function splunkDestination(d: Delivery, splunk: ConnectedNode<'splunk'>): Part<TemplateValue> {
  const { ctx, node, config } = d;
  const s = splunk.config;
  // The token stays in Secrets Manager: the template names the secret, never the token.
  const secret = ctx.parameter(`${ctx.logicalId}HecTokenArn`, {
    Type: 'String',
    Description: `Secrets Manager secret holding the HEC token Firehose "${node.label}" sends to Splunk.`,
    ...(s.hecTokenSecretArn !== '' ? { Default: s.hecTokenSecretArn } : {}),
    AllowedPattern: '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$',
  });
  if (s.retryDurationSeconds !== config.retryDurationSeconds) {
    d.notes.push(`Firehose ${nodeName(node)}: it retries Splunk for ${s.retryDurationSeconds} s, the Splunk node's setting, not its own ${config.retryDurationSeconds} s.`);
  }
  const backup = backedUp(d, 'splunk', 'Splunk');
  return {
    value: {
      HECEndpoint: s.hecEndpoint,
      HECEndpointType: s.hecEndpointType,
      HECAcknowledgmentTimeoutInSeconds: s.hecAcknowledgmentTimeoutSeconds,
      SecretsManagerConfiguration: { Enabled: true, SecretARN: secret },
      BufferingHints: buffering(d, 'splunk'),
      RetryOptions: retry(s.retryDurationSeconds),
      ...backup.fields,
    },
    statements: [...backup.statements, ...secretRead(secret)],
  };
}

function httpDestination(d: Delivery): Part<TemplateValue> {
  const { node, config } = d;
  if (config.httpEndpoint.url === '') throw new ExportError(`Cannot export: the HTTP endpoint destination of Firehose ${nodeName(node)} has no URL.`);
  const backup = backedUp(d, 'http', 'its HTTP endpoint');
  d.notes.push(`Firehose ${nodeName(node)}: if the HTTP endpoint needs an access key, add it (EndpointConfiguration.AccessKey or SecretsManagerConfiguration); the settings hold none.`);
  return {
    value: {
      EndpointConfiguration: { Url: config.httpEndpoint.url, ...(config.httpEndpoint.name !== '' ? { Name: config.httpEndpoint.name } : {}) },
      // Only GZIP applies to HTTP requests; the other formats compress the backup objects alone.
      RequestConfiguration: { ContentEncoding: config.compression === 'GZIP' ? 'GZIP' : 'NONE' },
      RoleARN: d.roleArn,
      BufferingHints: buffering(d, 'http'),
      RetryOptions: retry(config.retryDurationSeconds),
      ...backup.fields,
    },
    statements: backup.statements,
  };
}

/** The destination property of the delivery stream and the grants it needs. */
export function destinationConfiguration(d: Delivery, destination: Destination): Part<TemplateValue> {
  switch (destination.kind) {
    case 's3-bucket':
      return s3Destination(d, destination.target);
    case 'redshift':
      return redshiftDestination(d, destination.target);
    case 'opensearch':
      return openSearchDestination(d, destination.target);
    case 'splunk':
      return splunkDestination(d, destination.target);
    case 'http':
      return httpDestination(d);
  }
}
