import type { AwsLimit } from './units';

const IOT_QUOTAS =
  'AWS General Reference, AWS IoT Core endpoints and quotas, message broker limits (docs.aws.amazon.com/general/latest/gr/iot-core.html), via the project reference table';
const IOT_RULE_API = 'AWS IoT API reference, TopicRuleListItem / CreateTopicRule ruleName (docs.aws.amazon.com/iot/latest/apireference/API_TopicRuleListItem.html)';

export const IOT_CORE_LIMITS_TABLE = {
  // AWS writes "128 KB"; treated as KiB like the other binary limits of the reference.
  messageSizeMaxKiB: { value: 128, unit: 'KiB per publish payload (hard)', source: IOT_QUOTAS },
  publishesPerSecondPerConnection: { value: 100, unit: 'publish requests/s per connection, inbound + outbound (hard)', source: IOT_QUOTAS },
  throughputPerConnectionKiBps: { value: 512, unit: 'KiB/s per connection (hard)', source: IOT_QUOTAS },
  inboundPublishesPerSecondPerAccount: { value: 20_000, unit: 'publish requests/s per account (us-east-1, adjustable)', source: IOT_QUOTAS },
  connectsPerSecondPerClientId: { value: 1, unit: 'CONNECT/s per client ID', source: IOT_QUOTAS },
  ruleNameMaxLength: { value: 128, unit: 'characters', source: IOT_RULE_API },
} as const satisfies Record<string, AwsLimit>;
