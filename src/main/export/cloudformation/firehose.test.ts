import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/catalog/registry';
import type { Pipeline } from '../../../shared/model/pipeline';
import { toCloudFormation } from './index';
import { readBack, statementsOf } from './testing/read-back';
import { directPutEncrypted, HEC_SECRET_ARN, streamToLake, toRedshift, toSearch, TRANSFORM_ARN } from './testing/streaming-fixtures';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objects = (id: string) => ({ 'Fn::Sub': `\${${id}.Arn}/*` });
const logging = (stream: string, id: string) => ({ Enabled: true, LogGroupName: { Ref: `${id}LogGroup` }, LogStreamName: { Ref: `${id}${stream}DeliveryLogStream` } });
const notesOf = (pipeline: Pipeline): string[] => (toCloudFormation(pipeline).Metadata?.Pipewright as { Notes?: string[] } | undefined)?.Notes ?? [];
const deliveryOf = (pipeline: Pipeline, id: string) => toCloudFormation(pipeline).Resources[id]!.Properties;
/** Firehose's S3 delivery statements on one bucket (s3Write plus GetObject). */
const s3Delivery = (bucket: string) => [
  { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [arn(bucket)] },
  { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'], Resource: [objects(bucket)] },
];
const logsWrite = (id: string) => ({ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [arn(`${id}LogGroup`)] });
const KINESIS_READ = ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'];

describe('Firehose from a Kinesis data stream into S3, with conversion, partitioning and backup', () => {
  const template = toCloudFormation(streamToLake());
  const destination = template.Resources.LakeDelivery!.Properties.ExtendedS3DestinationConfiguration as Record<string, unknown>;

  it('reads the stream with the delivery role', () => {
    expect(template.Resources.LakeDelivery?.Properties).toMatchObject({
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: { KinesisStreamARN: arn('Clicks'), RoleARN: arn('LakeDeliveryDeliveryRole') },
    });
  });

  it('converts to Parquet with the table of the connected catalog, by the database’s Ref', () => {
    expect(destination.DataFormatConversionConfiguration).toEqual({
      Enabled: true,
      InputFormatConfiguration: { Deserializer: { OpenXJsonSerDe: {} } },
      OutputFormatConfiguration: { Serializer: { ParquetSerDe: { Compression: 'SNAPPY' } } },
      SchemaConfiguration: { DatabaseName: { Ref: 'LakeCatalog' }, TableName: 'clicks', RoleARN: arn('LakeDeliveryDeliveryRole') },
    });
  });

  it('partitions by the JQ keys of the settings, under the configured prefixes', () => {
    expect(destination).toMatchObject({
      Prefix: 'clicks/customer=!{partitionKeyFromQuery:customer}/!{timestamp:yyyy}/',
      ErrorOutputPrefix: 'failed/!{firehose:error-output-type}/',
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [{ Type: 'MetadataExtraction', Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{customer: .customer.id}' }, { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' }] }],
      },
    });
  });

  it('backs every source record up to the staging bucket and logs errors to its own log group', () => {
    expect(destination).toMatchObject({
      CloudWatchLoggingOptions: logging('Destination', 'LakeDelivery'),
      S3BackupMode: 'Enabled',
      S3BackupConfiguration: { BucketARN: arn('SourceBackup'), Prefix: 'backup/', CloudWatchLoggingOptions: logging('Backup', 'LakeDelivery') },
    });
    expect(template.Resources.LakeDeliveryLogGroup?.Properties).toMatchObject({ LogGroupName: { 'Fn::Sub': '/aws/kinesisfirehose/${AWS::StackName}/LakeDelivery' }, RetentionInDays: { Ref: 'LogRetentionDays' } });
    expect(template.Resources.LakeDeliveryBackupDeliveryLogStream?.Properties).toEqual({ LogGroupName: { Ref: 'LakeDeliveryLogGroup' }, LogStreamName: 'BackupDelivery' });
  });

  it('grants exactly the stream read, both buckets, the Glue table and its logs', () => {
    const glue = (resource: string, variables: object) => ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, variables] });
    expect(statementsOf(template.Resources.LakeDeliveryDeliveryRole)).toEqual([
      { Effect: 'Allow', Action: KINESIS_READ, Resource: [arn('Clicks')] },
      ...s3Delivery('Lake'),
      {
        Effect: 'Allow',
        Action: ['glue:GetTable', 'glue:GetTableVersion', 'glue:GetTableVersions'],
        Resource: [
          { 'Fn::Sub': 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog' },
          glue('database/${Db}', { Db: { Ref: 'LakeCatalog' } }),
          glue('table/${Db}/${Table}', { Db: { Ref: 'LakeCatalog' }, Table: 'clicks' }),
        ],
      },
      ...s3Delivery('SourceBackup'),
      logsWrite('LakeDelivery'),
    ]);
  });

  it('refuses what AWS would refuse, naming the delivery stream', () => {
    const noCatalog = streamToLake({ recordFormatConversion: { format: 'ORC', compression: 'ZLIB', inputFormat: 'Hive JSON', databaseName: '', tableName: 'clicks' } });
    noCatalog.edges = noCatalog.edges.filter((e) => e.source !== 'catalog');
    expect(() => toCloudFormation(noCatalog)).toThrow(/ORC conversion in Firehose "Lake delivery" needs a Glue database and table/);
    expect(() => toCloudFormation(streamToLake({ prefix: 'clicks/' }))).toThrow(/partitions dynamically, so its prefix must use a key, e.g. !\{partitionKeyFromQuery:customer\}/);
    const lambdaKeys = streamToLake({ dynamicPartitioning: { enabled: true, partitionKeys: [{ name: 'customer', source: 'Lambda', expression: '' }] } });
    expect(() => toCloudFormation(lambdaKeys)).toThrow(/takes partition keys from its Lambda transform, which is off/);
    const twoSources = streamToLake();
    twoSources.nodes.push({ id: 'app', kind: 'app-producer', label: 'App', position: { x: 0, y: 0 }, config: {} });
    twoSources.edges.push({ id: 'extra', source: 'app', target: 'fh', sourcePort: 'records', targetPort: 'records' });
    expect(() => toCloudFormation(twoSources)).toThrow(/reads a Kinesis data stream and has other inputs/);
  });
});

describe('Firehose Direct PUT with its own key and a Lambda transform', () => {
  const template = toCloudFormation(directPutEncrypted());

  it('encrypts Direct PUT records with the connected key and transforms them with the configured function', () => {
    expect(template.Resources.ClickDelivery?.Properties).toMatchObject({
      DeliveryStreamType: 'DirectPut',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: arn('DeliveryKey') },
      ExtendedS3DestinationConfiguration: {
        CompressionFormat: 'GZIP',
        Prefix: 'clicks/',
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            {
              Type: 'Lambda',
              Parameters: [
                { ParameterName: 'LambdaArn', ParameterValue: TRANSFORM_ARN },
                { ParameterName: 'BufferSizeInMBs', ParameterValue: '2' },
                { ParameterName: 'BufferIntervalInSeconds', ParameterValue: '120' },
              ],
            },
          ],
        },
      },
    });
  });

  it('invokes the function and uses the bucket’s key through S3, for that bucket only', () => {
    const bucket = arn('ClickArchive');
    expect(statementsOf(template.Resources.ClickDeliveryDeliveryRole)).toEqual([
      ...s3Delivery('ClickArchive'),
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: [arn('BucketKey')],
        Condition: { StringEquals: { 'kms:ViaService': { 'Fn::Sub': 's3.${AWS::Region}.${AWS::URLSuffix}' } }, StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucket, objects('ClickArchive')] } },
      },
      { Effect: 'Allow', Action: ['lambda:GetFunctionConfiguration', 'lambda:InvokeFunction'], Resource: [TRANSFORM_ARN, `${TRANSFORM_ARN}:*`] },
      logsWrite('ClickDelivery'),
    ]);
  });

  it('notes a key it cannot use with a stream source instead of encrypting', () => {
    const pipeline = streamToLake();
    pipeline.nodes.push({ id: 'key', kind: 'kms-key', label: 'Unused key', position: { x: 0, y: 0 }, config: {} });
    pipeline.edges.push({ id: 'k', source: 'key', target: 'fh', sourcePort: 'key', targetPort: 'key' });
    expect(toCloudFormation(pipeline).Resources.LakeDelivery?.Properties).not.toHaveProperty('DeliveryStreamEncryptionConfigurationInput');
    expect(notesOf(pipeline)).toContain('Firehose "Lake delivery": its KMS key is not used, since it reads a Kinesis data stream whose own encryption applies (connect the key to the stream).');
  });
});

describe('Firehose to Redshift', () => {
  it('loads through the staging bucket with COPY, credentials from a secret named by a parameter', () => {
    const template = toCloudFormation(toRedshift());
    const role = arn('OrdersLoadDeliveryRole');
    expect(template.Resources.OrdersLoad?.Properties.RedshiftDestinationConfiguration).toMatchObject({
      ClusterJDBCURL: {
        'Fn::Sub': [
          'jdbc:redshift://${Address}:${Port}/${Database}',
          { Address: { 'Fn::GetAtt': ['Warehouse', 'Endpoint.Address'] }, Port: { 'Fn::GetAtt': ['Warehouse', 'Endpoint.Port'] }, Database: { Ref: 'WarehouseDatabaseName' } },
        ],
      },
      CopyCommand: { DataTableName: { Ref: 'OrdersLoadRedshiftTable' }, CopyOptions: { Ref: 'OrdersLoadRedshiftCopyOptions' } },
      RoleARN: role,
      S3Configuration: { BucketARN: arn('OrdersStaging'), CompressionFormat: 'GZIP', RoleARN: role },
      SecretsManagerConfiguration: { Enabled: true, SecretARN: { Ref: 'OrdersLoadRedshiftCredentialsArn' } },
      RetryOptions: { DurationInSeconds: 600 },
      S3BackupMode: 'Enabled',
      S3BackupConfiguration: { BucketARN: arn('OrdersStaging'), Prefix: 'backup/' },
    });
    expect(template.Parameters?.OrdersLoadRedshiftCopyOptions).toMatchObject({ Default: "JSON 'auto' GZIP" });
    expect(statementsOf(template.Resources.OrdersLoadDeliveryRole)).toEqual([
      { Effect: 'Allow', Action: KINESIS_READ, Resource: [arn('Orders')] },
      ...s3Delivery('OrdersStaging'),
      { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [{ Ref: 'OrdersLoadRedshiftCredentialsArn' }] },
      logsWrite('OrdersLoad'),
    ]);
  });

  it('reaches a Serverless workgroup at its endpoint, on Redshift’s port', () => {
    const url = deliveryOf(toRedshift({}, { deployment: { mode: 'serverless', baseRpu: 8, maxRpu: null } }), 'OrdersLoad').RedshiftDestinationConfiguration as { ClusterJDBCURL: unknown };
    expect(url.ClusterJDBCURL).toEqual({
      'Fn::Sub': ['jdbc:redshift://${Address}:${Port}/${Database}', { Address: { 'Fn::GetAtt': ['WarehouseWorkgroup', 'Workgroup.Endpoint.Address'] }, Port: '5439', Database: { Ref: 'WarehouseDatabaseName' } }],
    });
  });

  it('says the warehouse must admit Firehose, and refuses what COPY cannot read or a missing staging bucket', () => {
    expect(notesOf(toRedshift())[0]).toMatch(/^Firehose "Orders load": Redshift "Warehouse" must be reachable from Firehose's CIDR block/);
    expect(() => toCloudFormation(toRedshift({ compression: 'ZIP' }))).toThrow(/COPY reads UNCOMPRESSED or GZIP files, not ZIP/);
    const noStaging = toRedshift();
    noStaging.edges = noStaging.edges.filter((e) => e.target !== 'staging');
    expect(() => toCloudFormation(noStaging)).toThrow(/needs an S3 bucket on its staging\/backup port for Redshift/);
  });
});

describe('Firehose to OpenSearch, Splunk and an HTTP endpoint', () => {
  it('delivers into the VPC domain through its client security group, buffering within OpenSearch’s bounds', () => {
    const pipeline = toSearch('opensearch', { bufferSizeMiB: 128 });
    const template = toCloudFormation(pipeline);
    const role = arn('LogDeliveryDeliveryRole');
    expect(template.Resources.LogDelivery?.Properties.AmazonopensearchserviceDestinationConfiguration).toMatchObject({
      DomainARN: arn('LogSearch'),
      IndexName: { Ref: 'LogDeliveryIndexName' },
      BufferingHints: { SizeInMBs: 100, IntervalInSeconds: 300 },
      S3BackupMode: 'FailedDocumentsOnly',
      S3Configuration: { BucketARN: arn('LogBackup'), BufferingHints: { SizeInMBs: 128, IntervalInSeconds: 300 } },
      VpcConfiguration: { RoleARN: role, SubnetIds: { Ref: 'SubnetIds' }, SecurityGroupIds: [{ 'Fn::GetAtt': ['LogSearchClientSecurityGroup', 'GroupId'] }] },
    });
    expect(template.Parameters?.LogDeliveryIndexName).toMatchObject({ Default: 'log-delivery' });
    expect(notesOf(pipeline)).toContain('Firehose "Log delivery": its buffer (128 MiB, 300 s) exceeds what OpenSearch accepts; exported as 100 MiB, 300 s.');
    const statements = statementsOf(template.Resources.LogDeliveryDeliveryRole);
    expect(statements).toContainEqual({ Effect: 'Allow', Action: ['es:ESHttpPost', 'es:ESHttpPut'], Resource: [objects('LogSearch')] });
    expect(statements).toContainEqual(expect.objectContaining({ Sid: 'DescribeSupportsNoResourceLevelPermissions', Resource: ['*'] }));
    // Only the Describe calls, which have no resource-level permissions, are on "*".
    for (const s of statements.filter((s) => s.Resource.includes('*'))) for (const action of s.Action) expect(action).toMatch(/^ec2:Describe/);
  });

  it('sends to Splunk’s HEC with the token from Secrets Manager, within Splunk’s buffering bounds', () => {
    const pipeline = toSearch('splunk');
    const template = toCloudFormation(pipeline);
    expect(template.Resources.LogDelivery?.Properties.SplunkDestinationConfiguration).toMatchObject({
      HECEndpoint: 'https://splunk.example.com:8088',
      HECEndpointType: 'Event',
      HECAcknowledgmentTimeoutInSeconds: 180,
      SecretsManagerConfiguration: { Enabled: true, SecretARN: { Ref: 'LogDeliveryHecTokenArn' } },
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 60 },
      RetryOptions: { DurationInSeconds: 900 },
      S3BackupMode: 'FailedEventsOnly',
    });
    expect(template.Parameters?.LogDeliveryHecTokenArn).toMatchObject({ Default: HEC_SECRET_ARN });
    expect(statementsOf(template.Resources.LogDeliveryDeliveryRole)).toContainEqual({ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [{ Ref: 'LogDeliveryHecTokenArn' }] });
    expect(notesOf(pipeline)).toEqual(
      expect.arrayContaining([
        'Firehose "Log delivery": its buffer (5 MiB, 300 s) exceeds what Splunk accepts; exported as 5 MiB, 60 s.',
        'Firehose "Log delivery": it retries Splunk for 900 s, the Splunk node\'s setting, not its own 300 s.',
      ]),
    );
  });

  it('posts to the HTTP endpoint of its settings, gzipped when so compressed, backing every record up', () => {
    const template = toCloudFormation(toSearch('http', { s3BackupMode: 'All', compression: 'GZIP' }));
    expect(template.Resources.LogDelivery?.Properties.HttpEndpointDestinationConfiguration).toMatchObject({
      EndpointConfiguration: { Url: 'https://collector.example.com/ingest', Name: 'Collector' },
      RequestConfiguration: { ContentEncoding: 'GZIP' },
      S3BackupMode: 'AllData',
      S3Configuration: { BucketARN: arn('LogBackup'), CompressionFormat: 'GZIP' },
    });
    const both = toSearch('http');
    both.nodes.push({ id: 'other', kind: 's3-bucket', label: 'Other', position: { x: 0, y: 0 }, config: {} });
    both.edges.push({ id: 'd', source: 'fh', target: 'other', sourcePort: 'delivery', targetPort: 'objects' });
    expect(() => toCloudFormation(both)).toThrow(/delivers to its HTTP endpoint and to a connected destination/);
  });
});

describe('Firehose settings read back from the template', () => {
  const keys = Object.keys(KINDS['kinesis-firehose'].config.shape);
  const fixtures: Record<string, Pipeline> = {
    'S3 with conversion, partitioning and backup': streamToLake(),
    // An empty database name is the connected catalog's, which the template names by Ref.
    'S3 with ORC from Hive JSON': streamToLake({ recordFormatConversion: { format: 'ORC', compression: 'ZLIB', inputFormat: 'Hive JSON', databaseName: '', tableName: 'clicks' }, s3BackupMode: 'Disabled' }),
    'S3 with a database named in the settings': streamToLake({ recordFormatConversion: { format: 'Parquet', compression: 'GZIP', inputFormat: 'OpenX JSON', databaseName: 'archive', tableName: 'old_clicks' } }),
    'Direct PUT with a Lambda transform': directPutEncrypted(),
    Redshift: toRedshift(),
    OpenSearch: toSearch('opensearch', { bufferSizeMiB: 128, retryDurationSeconds: 60 }),
    Splunk: toSearch('splunk'),
    'HTTP endpoint': toSearch('http', { s3BackupMode: 'All', compression: 'GZIP' }),
  };
  it.each(Object.entries(fixtures))('%s', (_name, pipeline) => {
    const { read, expected, refused } = readBack(pipeline, 'fh', keys);
    expect(refused).toEqual([]);
    expect(read).toEqual(expected);
  });
});
