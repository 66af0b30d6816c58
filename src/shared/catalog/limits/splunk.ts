import type { AwsLimit } from './units';

/** Splunk is reached only through Firehose, so its bounds are those of Firehose's Splunk destination. */
const CFN_SPLUNK = 'CloudFormation schema AWS::KinesisFirehose::DeliveryStream, SplunkDestinationConfiguration';

export const SPLUNK_LIMITS_TABLE = {
  hecEndpointMaxLength: { value: 2_048, unit: 'characters', source: `${CFN_SPLUNK}.HECEndpoint` },
  hecAcknowledgmentTimeoutMinSeconds: { value: 180, unit: 's', source: `${CFN_SPLUNK}.HECAcknowledgmentTimeoutInSeconds` },
  hecAcknowledgmentTimeoutMaxSeconds: { value: 600, unit: 's', source: `${CFN_SPLUNK}.HECAcknowledgmentTimeoutInSeconds` },
  retryDurationMaxSeconds: { value: 7_200, unit: 's', source: 'Firehose API reference, SplunkRetryOptions DurationInSeconds (0–7200)' },
  bufferSizeMiB: { value: 5, unit: 'MiB (fixed for Splunk in the 2023 guide)', source: 'reference table aws-limits-and-prices.md, Firehose Splunk buffer (create-destination.md)' },
  bufferIntervalSeconds: { value: 60, unit: 's (fixed for Splunk in the 2023 guide)', source: 'reference table aws-limits-and-prices.md, Firehose Splunk buffer (create-destination.md)' },
} as const satisfies Record<string, AwsLimit>;
