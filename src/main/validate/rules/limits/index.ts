import type { Rule } from '../../rule';
import { firehoseBufferTooSmall } from './firehose-buffer-too-small';
import { firehosePartitioningZeroBuffering } from './firehose-partitioning-zero-buffering';
import { invalidSetting } from './invalid-setting';
import { kinesisAccountQuota } from './kinesis-account-quota';
import { kinesisRecordTooLarge } from './kinesis-record-too-large';
import { lambdaTimeoutExceedsWorkflow } from './lambda-timeout-exceeds-workflow';
import { recordTooLarge } from './record-too-large';

/** The limits rules, one per file in this folder. */
export const LIMITS_RULES: readonly Rule[] = [
  invalidSetting,
  recordTooLarge,
  kinesisRecordTooLarge,
  firehoseBufferTooSmall,
  firehosePartitioningZeroBuffering,
  lambdaTimeoutExceedsWorkflow,
  kinesisAccountQuota,
];
