import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSIoTCore.svg?raw';
import { IOT_CORE_LIMITS_TABLE as L } from '../limits/iot-core';
import { defineKind } from '../types';

/** Rule actions, by their CloudFormation names (AWS::IoT::TopicRule Action). */
export const IOT_RULE_ACTIONS = [
  'Kinesis',
  'Firehose',
  'Lambda',
  'S3',
  'DynamoDB',
  'DynamoDBv2',
  'OpenSearch',
  'Sqs',
  'Sns',
  'StepFunctions',
  'Republish',
  'Http',
  'Timestream',
  'IotAnalytics',
  'IotEvents',
  'IotSiteWise',
  'Kafka',
  'Location',
  'CloudwatchMetric',
  'CloudwatchLogs',
  'CloudwatchAlarm',
] as const;

const TopicRuleSchema = z.object({
  name: z
    .string()
    .max(L.ruleNameMaxLength.value)
    .regex(/^[a-zA-Z0-9_]+$/, 'Rule name may contain only letters, digits and underscores')
    .default('telemetry_to_kinesis')
    .meta({ title: 'Rule name', description: `Letters, digits and underscores, at most ${L.ruleNameMaxLength.value} characters.` }),
  sql: z
    .string()
    .min(1)
    .default("SELECT *, topic(2) AS deviceId, timestamp() AS receivedAt FROM 'devices/+/telemetry'")
    .meta({ title: 'SQL', description: 'SELECT … FROM \'topic filter\' WHERE …: which messages the rule takes and how it reshapes them.' }),
  sqlVersion: z.enum(['2016-03-23', '2015-10-08', 'beta']).default('2016-03-23').meta({ title: 'SQL version' }),
  actions: z
    .array(z.enum(IOT_RULE_ACTIONS))
    .min(1, 'A topic rule needs at least one action')
    .default(['Kinesis'])
    .meta({ title: 'Actions', description: 'Where matching messages go; each action has an edge to its target node (Kinesis, Firehose, Lambda, S3, DynamoDB, OpenSearch).' }),
  errorAction: z
    .enum(['none', ...IOT_RULE_ACTIONS])
    .default('none')
    .meta({ title: 'Error action', description: 'Where a message goes when an action fails; none: it is only counted in CloudWatch.' }),
});

/** AWS IoT Core: the MQTT message broker and the rules engine that routes device messages to AWS services. */
export const iotCore = defineKind({
  id: 'iot-core',
  title: 'AWS IoT Core',
  shortTitle: 'IoT Core',
  category: 'ingest',
  summary: 'MQTT broker and rules engine: routes device messages to AWS services.',
  help:
    'Devices connect over MQTT and publish to topics; topic rules select messages with SQL and hand them to their actions ' +
    '(Kinesis Data Streams, Firehose, Lambda, S3, DynamoDB, OpenSearch…). A rule has no buffer: when an action’s target throttles, ' +
    'the message goes to the error action or is dropped. Limits: payloads up to ' +
    `${L.messageSizeMaxKiB.value} KB, ${L.publishesPerSecondPerConnection.value} publishes/s and ${L.throughputPerConnectionKiBps.value} KiB/s per connection, ` +
    `${L.inboundPublishesPerSecondPerAccount.value.toLocaleString('en-US')} inbound publishes/s per account by default. ` +
    'Basic Ingest (publishing to $aws/rules/<rule>) skips the broker and its messaging charge.',
  icon,
  config: z.object({
    rules: z
      .array(TopicRuleSchema)
      .min(1, 'IoT Core needs at least one topic rule to route messages')
      .default([TopicRuleSchema.parse({})])
      .meta({ title: 'Topic rules', description: 'Each rule: a SQL statement over a topic filter and the actions it triggers.' }),
    ingestPath: z
      .enum(['message broker', 'Basic Ingest'])
      .default('message broker')
      .meta({ title: 'Ingest path', description: 'Basic Ingest: devices publish straight to $aws/rules/<rule name>, skipping the broker (no subscribers, no messaging charge).' }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'MQTT messages',
      edgeKind: 'data',
      accepts: { 'device-fleet': 'MQTT publish (AWS IoT Device SDK)' },
    },
  ],
  outputs: [
    {
      id: 'records',
      label: 'Rule actions',
      edgeKind: 'data',
      // The rule actions whose targets are catalog kinds.
      only: ['kinesis-data-stream', 'kinesis-firehose', 'lambda', 's3-bucket', 'dynamodb-table', 'opensearch'],
    },
  ],
});
