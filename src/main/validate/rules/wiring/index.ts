import type { Rule } from '../../rule';
import { athenaNoCatalog } from './athena-no-catalog';
import { connectionNotAllowed } from './connection-not-allowed';
import { crawlerNoCatalog } from './crawler-no-catalog';
import { crawlerNoTargets } from './crawler-no-targets';
import { expressWaitsOnJob } from './express-waits-on-job';
import { firehoseConversionNoSchema } from './firehose-conversion-no-schema';
import { firehoseNoBackupBucket } from './firehose-no-backup-bucket';
import { firehoseNoDestination } from './firehose-no-destination';
import { firehoseRedshiftNoStaging } from './firehose-redshift-no-staging';
import { firehoseS3OnlyFeature } from './firehose-s3-only-feature';
import { firehoseStreamSourceExclusive } from './firehose-stream-source-exclusive';
import { scheduleRuleTarget } from './schedule-rule-target';
import { spectrumNoCatalog } from './spectrum-no-catalog';

/** The wiring rules, one per file in this folder. */
export const WIRING_RULES: readonly Rule[] = [
  connectionNotAllowed,
  firehoseNoDestination,
  firehoseRedshiftNoStaging,
  firehoseConversionNoSchema,
  firehoseS3OnlyFeature,
  athenaNoCatalog,
  spectrumNoCatalog,
  crawlerNoCatalog,
  expressWaitsOnJob,
  firehoseStreamSourceExclusive,
  firehoseNoBackupBucket,
  scheduleRuleTarget,
  crawlerNoTargets,
];
