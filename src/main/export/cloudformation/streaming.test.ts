import { describe, expect, it } from 'vitest';
import { KINDS, type KindId } from '../../../shared/catalog/registry';
import { toCloudFormation } from './index';
import { importView, settingsFromView, type TemplateParts } from './settings-from-template';
import { readBack, statementsOf } from './testing/read-back';
import { directPutEncrypted, flinkApplication, iotRules, streamToLake, streamToLambda, videoAnalysis } from './testing/streaming-fixtures';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const tags = (pipeline: string) => [
  { Key: 'pipewright:pipeline', Value: pipeline },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const notesOf = (template: ReturnType<typeof toCloudFormation>): string[] => (template.Metadata?.Pipewright as { Notes?: string[] } | undefined)?.Notes ?? [];
/** Every setting of the kind but `except` (those the template cannot hold, said why at each use). */
const settingsBut = (kind: KindId, ...except: string[]) => Object.keys(KINDS[kind].config.shape).filter((key) => !except.includes(key));
const KINESIS_PUT = ['kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords'];
const KINESIS_READ = ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'];

describe('kinesis-data-stream → AWS::Kinesis::Stream', () => {
  const template = toCloudFormation(streamToLambda());

  it('declares provisioned shards, retention and encryption with the connected key, tagged and retained', () => {
    expect(template.Resources.ClickStream).toEqual({
      Type: 'AWS::Kinesis::Stream',
      Properties: {
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
        ShardCount: 2,
        RetentionPeriodHours: 48,
        StreamEncryption: { EncryptionType: 'KMS', KeyId: arn('StreamKey') },
        Tags: tags('Stream to Lambda'),
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('registers each enhanced fan-out consumer on the stream and outputs its ARN', () => {
    expect(template.Resources.ClickStreamConsumerFraudCheck).toEqual({
      Type: 'AWS::Kinesis::StreamConsumer',
      Properties: { ConsumerName: 'fraud-check', StreamARN: arn('ClickStream'), Tags: tags('Stream to Lambda') },
    });
    expect(template.Resources.ClickStreamConsumerAuditLog?.Properties.ConsumerName).toBe('audit_log');
    expect(template.Outputs?.ClickStreamConsumerFraudCheckArn?.Value).toEqual({ 'Fn::GetAtt': ['ClickStreamConsumerFraudCheck', 'ConsumerARN'] });
  });

  it('makes a chosen name a parameter; on-demand takes no shard count; encryption can be off', () => {
    const stream = toCloudFormation(streamToLake());
    expect(stream.Resources.Clicks?.Properties).toEqual({ Name: { Ref: 'ClicksName' }, StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RetentionPeriodHours: 24, Tags: tags('Stream to lake') });
    expect(stream.Parameters?.ClicksName).toMatchObject({ Type: 'String', Default: 'clicks' });
  });

  it('uses the AWS managed key aws/kinesis when no key is connected', () => {
    const pipeline = streamToLambda();
    pipeline.edges = pipeline.edges.filter((e) => e.source !== 'key');
    expect(toCloudFormation(pipeline).Resources.ClickStream?.Properties.StreamEncryption).toEqual({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  });

  it('reads its settings back (the partition key strategy is the producers’, not the stream’s)', () => {
    for (const pipeline of [streamToLambda(), streamToLake()]) {
      const { read, expected, refused } = readBack(pipeline, 'stream', settingsBut('kinesis-data-stream', 'partitionKeyStrategy'));
      expect(refused).toEqual([]);
      expect(read).toEqual(expected);
    }
  });
});

describe('app-producer → the managed policy of its producers', () => {
  it('grants put on the data streams it feeds, with their customer key', () => {
    expect(statementsOf(toCloudFormation(streamToLambda()).Resources.ClicksAppPutRecordsPolicy)).toEqual([
      { Effect: 'Allow', Action: KINESIS_PUT, Resource: [arn('ClickStream')] },
      { Effect: 'Allow', Action: ['kms:GenerateDataKey'], Resource: [arn('StreamKey')] },
    ]);
  });

  it('grants put on the delivery streams it feeds (Firehose encrypts Direct PUT records itself)', () => {
    expect(statementsOf(toCloudFormation(directPutEncrypted()).Resources.WebAppPutRecordsPolicy)).toEqual([
      { Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [arn('ClickDelivery')] },
    ]);
  });
});

describe('kinesis-video-stream → AWS::KinesisVideo::Stream', () => {
  it('keeps video for the retention, in its media type, encrypted with the connected key, retained', () => {
    expect(toCloudFormation(videoAnalysis('face-search')).Resources.DoorVideo).toEqual({
      Type: 'AWS::KinesisVideo::Stream',
      Properties: { DataRetentionInHours: 72, MediaType: 'video/h264,audio/aac', KmsKeyId: arn('VideoKey'), Tags: tags('Video face-search') },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('falls back to the AWS managed key, with a note, when the customer key is not connected', () => {
    const pipeline = videoAnalysis('face-search');
    pipeline.edges = pipeline.edges.filter((e) => e.source !== 'key');
    const template = toCloudFormation(pipeline);
    expect(template.Resources.DoorVideo?.Properties).not.toHaveProperty('KmsKeyId');
    expect(notesOf(template)).toContain('Video stream "Door video" asks for a customer managed key but none is connected: it is exported with the AWS managed key aws/kinesisvideo.');
  });

  it('reads its settings back', () => {
    const { read, expected, refused } = readBack(videoAnalysis('face-search'), 'video', settingsBut('kinesis-video-stream'));
    expect(refused).toEqual([]);
    expect(read).toEqual(expected);
  });
});

describe('rekognition-video → AWS::Rekognition::StreamProcessor', () => {
  it('searches faces in its collection, created first and retained, and writes matches to the stream', () => {
    const template = toCloudFormation(videoAnalysis('face-search', { collectionId: 'staff', faceMatchThreshold: 90 }));
    expect(template.Resources.DoorWatcher).toEqual({
      Type: 'AWS::Rekognition::StreamProcessor',
      Properties: {
        KinesisVideoStream: { Arn: arn('DoorVideo') },
        RoleArn: arn('DoorWatcherRole'),
        FaceSearchSettings: { CollectionId: { Ref: 'DoorWatcherCollectionId' }, FaceMatchThreshold: 90 },
        KinesisDataStream: { Arn: arn('FaceMatches') },
        // Rekognition refuses spaces in tag values.
        Tags: tags('Video-face-search'),
      },
      DependsOn: ['DoorWatcherCollection'],
    });
    expect(template.Resources.DoorWatcherCollection).toMatchObject({ Type: 'AWS::Rekognition::Collection', Properties: { CollectionId: { Ref: 'DoorWatcherCollectionId' } }, DeletionPolicy: 'Retain' });
    expect(template.Parameters?.DoorWatcherCollectionId).toMatchObject({ Default: 'staff' });
    expect(statementsOf(template.Resources.DoorWatcherRole)).toEqual([
      { Effect: 'Allow', Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia'], Resource: [arn('DoorVideo')] },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [arn('VideoKey')] },
      { Effect: 'Allow', Action: KINESIS_PUT, Resource: [arn('FaceMatches')] },
    ]);
    expect(template.Resources.DoorWatcherRole?.Properties.AssumeRolePolicyDocument).toMatchObject({ Statement: [{ Principal: { Service: 'rekognition.amazonaws.com' } }] });
  });

  it('detects labels into the bucket and notifies its own SNS topic in connected-home mode', () => {
    const template = toCloudFormation(videoAnalysis('connected-home', { labels: ['PERSON', 'PET'], minConfidence: 70 }));
    expect(template.Resources.DoorWatcher?.Properties).toMatchObject({
      ConnectedHomeSettings: { Labels: ['PERSON', 'PET'], MinConfidence: 70 },
      S3Destination: { BucketName: { Ref: 'Detections' } },
      NotificationChannel: { Arn: { Ref: 'DoorWatcherNotifications' } },
    });
    expect(template.Resources.DoorWatcherNotifications?.Type).toBe('AWS::SNS::Topic');
    expect(statementsOf(template.Resources.DoorWatcherRole)).toEqual([
      { Effect: 'Allow', Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia'], Resource: [arn('DoorVideo')] },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [arn('VideoKey')] },
      { Effect: 'Allow', Action: ['s3:PutObject'], Resource: [{ 'Fn::Sub': '${Detections.Arn}/*' }] },
      { Effect: 'Allow', Action: ['sns:Publish'], Resource: [{ Ref: 'DoorWatcherNotifications' }] },
    ]);
  });

  it('reads back the settings of its mode (the other mode’s settings have no place in the template)', () => {
    const face = readBack(videoAnalysis('face-search', { collectionId: 'staff', faceMatchThreshold: 90 }), 'rek', settingsBut('rekognition-video', 'labels', 'minConfidence'));
    expect(face.read).toEqual(face.expected);
    const home = readBack(videoAnalysis('connected-home', { labels: ['PERSON', 'PET'], minConfidence: 70 }), 'rek', settingsBut('rekognition-video', 'collectionId', 'faceMatchThreshold'));
    expect(home.read).toEqual(home.expected);
  });
});

describe('iot-core → AWS::IoT::TopicRule', () => {
  const template = toCloudFormation(iotRules());

  it('maps each rule with its SQL and an action per connected target, the first rule as the main resource', () => {
    const role = arn('TelemetryRulesRole');
    expect(template.Resources.TelemetryRules?.Properties).toEqual({
      RuleName: { Ref: 'TelemetryRulesName' },
      TopicRulePayload: {
        Sql: "SELECT * FROM 'devices/+/telemetry'",
        AwsIotSqlVersion: '2016-03-23',
        RuleDisabled: false,
        // The stream's random partition key strategy becomes a new UUID per message.
        Actions: [{ Kinesis: { StreamName: { Ref: 'Telemetry' }, PartitionKey: '${newuuid()}', RoleArn: role } }, { Lambda: { FunctionArn: arn('CheckThresholds') } }],
        ErrorAction: { S3: { BucketName: { Ref: 'RuleErrors' }, Key: 'telemetry_in/${topic()}/${timestamp()}-${newuuid()}', RoleArn: role } },
      },
      Tags: tags('IoT rules'),
    });
    expect(template.Resources.TelemetryRulesRule2?.Properties.TopicRulePayload).toEqual({
      Sql: "SELECT * FROM 'devices/+/alerts' WHERE level > 2",
      AwsIotSqlVersion: '2015-10-08',
      RuleDisabled: false,
      Actions: [{ Firehose: { DeliveryStreamName: { Ref: 'AlertDelivery' }, Separator: '\n', RoleArn: role } }, { DynamoDBv2: { PutItem: { TableName: { Ref: 'AlertState' } }, RoleArn: role } }],
    });
    expect(template.Parameters?.TelemetryRulesRule2Name).toMatchObject({ Default: 'alerts_in' });
  });

  it('lets IoT invoke the Lambda target, from that rule only', () => {
    expect(template.Resources.TelemetryRulesCheckThresholdsPermission?.Properties).toEqual({
      FunctionName: arn('CheckThresholds'),
      Action: 'lambda:InvokeFunction',
      Principal: 'iot.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: arn('TelemetryRules'),
    });
  });

  it('gives the rules one role with exactly the writes of their actions', () => {
    expect(statementsOf(template.Resources.TelemetryRulesRole)).toEqual([
      { Effect: 'Allow', Action: KINESIS_PUT, Resource: [arn('Telemetry')] },
      { Effect: 'Allow', Action: ['s3:PutObject'], Resource: [{ 'Fn::Sub': '${RuleErrors.Arn}/*' }] },
      { Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [arn('AlertDelivery')] },
      { Effect: 'Allow', Action: ['dynamodb:PutItem'], Resource: [arn('AlertState')] },
    ]);
  });

  it('notes actions without a target and the Basic Ingest topics', () => {
    expect(notesOf(template)).toEqual(
      expect.arrayContaining([
        '"Telemetry rules": the Sqs action of rule telemetry_in has no connected target; add it to the rule by hand.',
        '"Telemetry rules": devices publish with Basic Ingest to $aws/rules/<rule name>; their IoT policy must allow iot:Publish on those topics.',
      ]),
    );
  });

  it('reads each rule back from its own resource', () => {
    // Without the Sqs action, which has no target to export.
    const rules = [
      { name: 'telemetry_in', sql: "SELECT * FROM 'devices/+/telemetry'", sqlVersion: '2016-03-23', actions: ['Kinesis', 'Lambda'], errorAction: 'S3' },
      { name: 'alerts_in', sql: "SELECT * FROM 'devices/+/alerts'", sqlVersion: 'beta', actions: ['Firehose', 'DynamoDB'], errorAction: 'none' },
    ] as const;
    const pipeline = iotRules({ rules: rules.map((r) => ({ ...r, actions: [...r.actions] })) });
    const { read, refused } = readBack(pipeline, 'iot', ['rules']);
    expect(refused).toEqual([]);
    expect(read.rules).toEqual([rules[0]]);
    const exported = JSON.parse(JSON.stringify(toCloudFormation(pipeline))) as TemplateParts;
    expect(settingsFromView('iot-core', importView(exported, 'TelemetryRulesRule2')).settings.rules).toEqual([rules[1]]);
  });
});

describe('kinesis-analytics → AWS::KinesisAnalyticsV2::Application (Flink)', () => {
  const template = toCloudFormation(flinkApplication());

  it('runs the Flink version with its parallelism and checkpointing, code from S3, connections as properties', () => {
    expect(template.Resources.Anomalies?.Properties).toEqual({
      RuntimeEnvironment: 'FLINK-1_19',
      ServiceExecutionRole: arn('AnomaliesRole'),
      ApplicationConfiguration: {
        ApplicationCodeConfiguration: {
          CodeContentType: 'ZIPFILE',
          CodeContent: { S3ContentLocation: { BucketARN: { 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Bucket}', { Bucket: { Ref: 'AnomaliesCodeS3Bucket' } }] }, FileKey: { Ref: 'AnomaliesCodeS3Key' } } },
        },
        FlinkApplicationConfiguration: {
          ParallelismConfiguration: { ConfigurationType: 'CUSTOM', Parallelism: 4, ParallelismPerKPU: 2, AutoScalingEnabled: false },
          CheckpointConfiguration: { ConfigurationType: 'CUSTOM', CheckpointingEnabled: false },
        },
        EnvironmentProperties: {
          PropertyGroups: [
            {
              PropertyGroupId: 'pipewright.connections',
              PropertyMap: {
                ANOMALY_SCORES_STREAM: { Ref: 'AnomalyScores' },
                SCORE_DELIVERY_DELIVERY_STREAM: { Ref: 'ScoreDelivery' },
                ALERT_FUNCTION: { Ref: 'Alert' },
                READINGS_STREAM: { Ref: 'Readings' },
                THRESHOLDS_BUCKET: { Ref: 'Thresholds' },
              },
            },
          ],
        },
      },
      Tags: tags('Flink'),
    });
  });

  it('reads its code, input and reference data and writes its outputs, nothing else', () => {
    expect(statementsOf(template.Resources.AnomaliesRole)).toEqual([
      { Effect: 'Allow', Action: KINESIS_PUT, Resource: [arn('AnomalyScores')] },
      { Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [arn('ScoreDelivery')] },
      { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [arn('Alert')] },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: [{ 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Bucket}/${Key}', { Bucket: { Ref: 'AnomaliesCodeS3Bucket' }, Key: { Ref: 'AnomaliesCodeS3Key' } }] }],
      },
      { Effect: 'Allow', Action: KINESIS_READ, Resource: [arn('Readings')] },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn('Thresholds')] },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [{ 'Fn::Sub': '${Thresholds.Arn}/*' }] },
    ]);
  });

  it('says that its window and function live in the code', () => {
    expect(notesOf(template)).toContain('"Anomalies": RANDOM_CUT_FOREST computation over tumbling windows of 60 s lives in the application code, which the template only points to.');
  });

  it('does not export a SQL application, which AWS no longer creates', () => {
    const sql = toCloudFormation(flinkApplication({ application: { runtime: 'SQL', function: 'HOTSPOTS', inAppStreams: 1 } }));
    expect(sql.Resources).not.toHaveProperty('Anomalies');
    expect(notesOf(sql)).toContain('"Anomalies" is a SQL application, which AWS no longer creates (since 15 October 2025): it is not exported; rebuild it on Apache Flink.');
  });

  it('reads its runtime settings back (window and function are code)', () => {
    const { read, expected, refused } = readBack(flinkApplication(), 'app', ['application']);
    expect(refused).toEqual([]);
    // The function is the job's code, not a property of the application.
    expect({ ...(read.application as object), function: 'RANDOM_CUT_FOREST' }).toEqual(expected.application);
  });
});
