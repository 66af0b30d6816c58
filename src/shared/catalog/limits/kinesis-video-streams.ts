import type { AwsLimit } from './units';

const KVS_LIMITS = 'Kinesis Video Streams developer guide, service quotas (awsdocs AWS-Kinesis-Video-Documentation limits.md; current page docs.aws.amazon.com/kinesisvideostreams/latest/dg/limits.html)';
const CFN_KVS = 'CloudFormation schema AWS::KinesisVideo::Stream';

export const KINESIS_VIDEO_LIMITS_TABLE = {
  retentionMaxHours: { value: 87_600, unit: 'h (10 years); 0 keeps no data', source: `${CFN_KVS} DataRetentionInHours` },
  putMediaMbpsPerStream: { value: 100, unit: 'Mbps (12.5 MB/s) PutMedia bandwidth per stream (soft)', source: KVS_LIMITS },
  putMediaConnectionsPerStream: { value: 1, unit: 'PutMedia connection per stream (soft)', source: KVS_LIMITS },
  getMediaConnectionsPerStream: { value: 3, unit: 'concurrent GetMedia consumers per stream (soft)', source: KVS_LIMITS },
  streamsPerAccount: { value: 10_000, unit: 'streams per account (soft)', source: KVS_LIMITS },
  mediaTypeMaxLength: { value: 128, unit: 'characters', source: `${CFN_KVS} MediaType` },
} as const satisfies Record<string, AwsLimit>;
