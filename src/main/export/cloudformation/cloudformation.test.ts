import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../../shared/model/pipeline';
import { ExportError } from '../errors';
import { clickstreamPipeline, KMS_KEY_ARN } from '../../../../test/fixtures/pipelines';
import { cloudFormationYaml, toCloudFormation } from './index';
import { ERROR_OUTPUT_PREFIX } from './kinds/kinesis-firehose';
import { readTemplate } from '../../import/read-template';

const resource = (pipeline: Pipeline, id: string) => {
  const found = toCloudFormation(pipeline).Resources[id];
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};

describe('toCloudFormation', () => {
  it('maps producer → Firehose → bucket to a policy, a delivery stream, its role, its error logs and a bucket', () => {
    const template = toCloudFormation(clickstreamPipeline());
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(template.Description).toContain('"Clickstream"');
    expect(Object.fromEntries(Object.entries(template.Resources).map(([id, r]) => [id, r.Type]))).toEqual({
      WebAppProducersPutRecordsPolicy: 'AWS::IAM::ManagedPolicy',
      RawEventsPolicy: 'AWS::S3::BucketPolicy',
      ClickstreamDelivery: 'AWS::KinesisFirehose::DeliveryStream',
      ClickstreamDeliveryDeliveryRole: 'AWS::IAM::Role',
      ClickstreamDeliveryLogGroup: 'AWS::Logs::LogGroup',
      ClickstreamDeliveryDestinationDeliveryLogStream: 'AWS::Logs::LogStream',
      RawEvents: 'AWS::S3::Bucket',
    });
    expect(Object.keys(template.Outputs ?? {})).toEqual([
      'WebAppProducersPolicyArn',
      'ClickstreamDeliveryName',
      'ClickstreamDeliveryArn',
      'RawEventsName',
      'RawEventsArn',
    ]);
    expect(JSON.stringify(template.Metadata ?? {})).not.toContain('"Notes"');
  });

  it('configures the delivery stream for Direct PUT into the connected bucket', () => {
    expect(resource(clickstreamPipeline({ firehose: { bufferSizeMiB: 64, bufferIntervalSeconds: 60 } }), 'ClickstreamDelivery').Properties).toEqual({
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: {
        BucketARN: { 'Fn::GetAtt': ['RawEvents', 'Arn'] },
        RoleARN: { 'Fn::GetAtt': ['ClickstreamDeliveryDeliveryRole', 'Arn'] },
        BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
        CompressionFormat: 'UNCOMPRESSED',
        CloudWatchLoggingOptions: { Enabled: true, LogGroupName: { Ref: 'ClickstreamDeliveryLogGroup' }, LogStreamName: { Ref: 'ClickstreamDeliveryDestinationDeliveryLogStream' } },
      },
      Tags: [
        { Key: 'pipewright:pipeline', Value: 'Clickstream' },
        { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
      ],
    });
  });

  it('adds an error output prefix only when the prefix uses expressions', () => {
    const destination = (prefix: string) => resource(clickstreamPipeline({ firehose: { prefix } }), 'ClickstreamDelivery').Properties.ExtendedS3DestinationConfiguration;
    expect(destination('raw/')).toMatchObject({ Prefix: 'raw/' });
    expect(destination('raw/')).not.toHaveProperty('ErrorOutputPrefix');
    expect(destination('raw/!{timestamp:yyyy}/')).toMatchObject({ Prefix: 'raw/!{timestamp:yyyy}/', ErrorOutputPrefix: ERROR_OUTPUT_PREFIX });
    expect(() => destination('!{partitionKeyFromQuery:customer}/')).toThrow(/dynamic partitioning/);
  });

  it('maps the bucket settings', () => {
    const props = (bucket: Parameters<typeof clickstreamPipeline>[0]) => resource(clickstreamPipeline(bucket), 'RawEvents').Properties;
    const blocked = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
    const tags = [
      { Key: 'pipewright:pipeline', Value: 'Clickstream' },
      { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
    ];
    expect(props({})).toEqual({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: blocked,
      Tags: tags,
    });
    expect(props({ bucket: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } }).BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KMS_KEY_ARN }, BucketKeyEnabled: true }],
    });
    expect(props({ bucket: { encryption: 'SSE-KMS', bucketKeyEnabled: false } }).BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: false }],
    });
    expect(props({ bucket: { bucketName: 'example-raw', versioning: true, encryption: 'none', blockPublicAccess: false } })).toEqual({
      BucketName: { Ref: 'RawEventsBucketName' },
      VersioningConfiguration: { Status: 'Enabled' },
      Tags: tags,
    });
  });

  it('makes chosen names parameters, tags resources with the environment, and retains buckets', () => {
    const template = toCloudFormation(clickstreamPipeline({ bucket: { bucketName: 'example-raw' } }));
    expect(template.Parameters?.RawEventsBucketName).toMatchObject({ Type: 'String', Default: 'example-raw' });
    expect(template.Parameters?.Environment).toMatchObject({ Type: 'String', Default: 'dev' });
    expect(template.Resources.RawEvents).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('refuses a Firehose without destination, naming it', () => {
    const pipeline = clickstreamPipeline();
    pipeline.edges = pipeline.edges.filter((edge) => edge.target !== 'bucket-1');
    expect(() => toCloudFormation(pipeline)).toThrow(ExportError);
    expect(() => toCloudFormation(pipeline)).toThrow(/Firehose "Clickstream delivery" has no destination/);
  });

  it('refuses settings out of bounds, naming the node', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes[2]!.config.bucketName = 'Not_A_Bucket';
    expect(() => toCloudFormation(pipeline)).toThrow(/"Raw events".*bucketName/);
  });

  it('skips nodes of unknown kind with a Metadata note', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes.push({ id: 'x-1', kind: 'quantum-lake', label: 'Future thing', position: { x: 0, y: 0 }, config: {} });
    const template = toCloudFormation(pipeline);
    expect(Object.keys(template.Resources)).toHaveLength(7);
    expect(JSON.stringify(template.Metadata)).toContain('Skipped \\"Future thing\\": kind \\"quantum-lake\\" is unknown to this version of Pipewright.');
  });

  it('notes a producer that feeds nothing instead of emitting an empty policy', () => {
    const pipeline = clickstreamPipeline();
    pipeline.edges = pipeline.edges.filter((edge) => edge.source !== 'producer-1');
    const template = toCloudFormation(pipeline);
    expect(template.Resources).not.toHaveProperty('WebAppProducersPutRecordsPolicy');
    expect(JSON.stringify(template.Metadata)).toContain('"Web app producers\\" feeds no exported stream');
  });

  it('refuses a pipeline with no AWS resource', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes = [];
    pipeline.edges = [];
    expect(() => toCloudFormation(pipeline)).toThrow(ExportError);
  });

  it('derives unique alphanumeric logical ids from labels, with fallbacks', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes[0]!.label = 'Raw events'; // same as the bucket
    pipeline.nodes[1]!.label = '2nd stage — ✨';
    pipeline.nodes[2]!.label = '***';
    const ids = Object.keys(toCloudFormation(pipeline).Resources);
    expect(ids).toEqual([
      'RawEventsPutRecordsPolicy',
      'KinesisFirehose2ndStage',
      'KinesisFirehose2ndStageDeliveryRole',
      'KinesisFirehose2ndStageLogGroup',
      'KinesisFirehose2ndStageDestinationDeliveryLogStream',
      'S3Bucket3',
      'S3Bucket3Policy',
    ]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]{0,254}$/);
  });
});

describe('cloudFormationYaml', () => {
  it('is deterministic, names the pipeline in a header comment and parses back to the template', () => {
    const pipeline = clickstreamPipeline({ bucket: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } });
    const yaml = cloudFormationYaml(pipeline);
    expect(cloudFormationYaml(structuredClone(pipeline))).toBe(yaml);
    expect(yaml.split('\n')[0]).toBe('# CloudFormation template for the Pipewright pipeline "Clickstream".');
    expect(readTemplate(yaml).template).toEqual(toCloudFormation(pipeline));
    // Short-form intrinsics, as templates are written by hand.
    expect(yaml).toMatch(/: !GetAtt RawEvents\.Arn$/m);
    expect(yaml).not.toMatch(/Fn::|\bRef:/);
    // CloudFormation does not resolve YAML anchors, and reads unquoted 2012-10-17 as a date.
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(yaml).toContain('Version: "2012-10-17"');
  });

  it('exports Parquet conversion with the Glue database and table the settings name when no catalog is connected', () => {
    const pipeline = clickstreamPipeline({ firehose: { recordFormatConversion: { format: 'Parquet', compression: 'SNAPPY', inputFormat: 'OpenX JSON', databaseName: 'web', tableName: 'clicks' } } });
    const template = toCloudFormation(pipeline);
    expect(template.Resources.ClickstreamDelivery?.Properties.ExtendedS3DestinationConfiguration).toMatchObject({
      DataFormatConversionConfiguration: { Enabled: true, SchemaConfiguration: { DatabaseName: 'web', TableName: 'clicks' } },
    });
    expect(Object.values(template.Resources).map((r) => r.Type)).toContain('AWS::IAM::ManagedPolicy');
  });

  it('exports the configured compression', () => {
    const template = toCloudFormation(clickstreamPipeline({ firehose: { compression: 'GZIP' } }));
    expect(JSON.stringify(template.Resources.ClickstreamDelivery)).toContain('"CompressionFormat":"GZIP"');
  });
});
