import type { FindingCodeEntry } from './entry';

/** Wiring: connections AWS allows, alone and together. */
export const WIRING_CODES = {
  PW201: { name: 'connection-not-allowed', severity: 'error', title: 'Connection not allowed', help: 'AWS does not support this connection between these services (or these ports). The message says what the target accepts.' },
  PW202: { name: 'firehose-no-destination', severity: 'error', title: 'Firehose without destination', help: 'A Firehose delivery stream cannot be created without a destination; records put into it would have nowhere to go. Connect it to an S3 bucket.' },
  PW203: {
    name: 'firehose-redshift-no-staging',
    severity: 'error',
    title: 'Firehose to Redshift without staging bucket',
    help: 'Firehose never writes into Redshift directly: it writes each batch to an S3 bucket and then issues a COPY from there. The delivery stream cannot be created without that intermediate bucket. Connect an S3 bucket to its staging port.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW204: {
    name: 'firehose-conversion-no-schema',
    severity: 'error',
    title: 'Format conversion without a Glue table',
    help: 'Converting JSON records to Parquet or ORC needs the columns of a table in the Glue Data Catalog (database and table name). Without the table the delivery stream cannot be created; with the wrong one every record fails conversion and lands under the error prefix.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW205: {
    name: 'firehose-s3-only-feature',
    severity: 'error',
    title: 'S3-only Firehose feature on another destination',
    help: 'Record format conversion (Parquet/ORC) and dynamic partitioning exist only for S3 destinations. With Redshift, OpenSearch, Splunk or an HTTP endpoint AWS refuses the configuration: turn the feature off, or deliver to S3.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW206: {
    name: 'athena-no-catalog',
    severity: 'warning',
    title: 'Athena without catalog or data',
    help: 'Athena queries tables, and tables are definitions in the Glue Data Catalog over files in S3. Without a catalog there is nothing to name in a query; without an S3 bucket the tables describe no data.',
    notes: '6 Glue Data Catalog and Crawlers',
  },
  PW207: {
    name: 'spectrum-no-catalog',
    severity: 'warning',
    title: 'Redshift Spectrum without catalog or data',
    help: 'Spectrum queries S3 in place through an external schema created FROM DATA CATALOG: it needs a Glue Data Catalog database describing the files, and the S3 bucket holding them.',
    notes: '7.1 Redshift',
  },
  PW208: {
    name: 'crawler-no-catalog',
    severity: 'error',
    title: 'Crawler writes to no catalog',
    help: 'A crawler exists to write table definitions into a Data Catalog database; it is created with one. Without it the schemas and partitions it infers go nowhere and nothing downstream (Athena, Spectrum, Glue jobs) sees them.',
    notes: '6.1 Crawlers',
  },
  PW209: {
    name: 'express-waits-on-job',
    severity: 'error',
    title: 'Express workflow orchestrating long jobs',
    help: 'An Express workflow runs at most 5 minutes and supports only Request Response tasks: it cannot wait for a Glue job, a Batch job, an EMR step or a SageMaker job to finish, and those take longer than 5 minutes. Use a Standard workflow (up to 1 year) to orchestrate them.',
    notes: '11 AWS Step Functions',
  },
  PW210: {
    name: 'firehose-stream-source-exclusive',
    severity: 'error',
    title: 'Firehose with a stream source and other inputs',
    help: 'A delivery stream has one source: either Direct PUT (producers, IoT rules, Analytics, Lambda) or one Kinesis data stream. Once it reads a data stream, Firehose refuses PutRecord calls: write to the data stream instead.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW211: {
    name: 'firehose-no-backup-bucket',
    severity: 'error',
    title: 'Firehose destination without backup bucket',
    help: 'For OpenSearch, Splunk and HTTP endpoint destinations, and for S3 backup of all source records, AWS requires an S3 bucket that keeps the records the destination refused (or a copy of every record). The delivery stream cannot be created without it: connect a bucket to its staging/backup port.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW212: {
    name: 'schedule-rule-target',
    severity: 'error',
    title: 'Scheduled rule cannot start this target',
    help: 'A legacy EventBridge scheduled rule reaches only its own target types (Lambda, Step Functions, Batch job queues, Glue workflows…): it cannot call glue:StartJobRun, glue:StartCrawler or datasync:StartTaskExecution. EventBridge Scheduler can call any API: use it, or start a Step Functions workflow.',
  },
  PW213: {
    name: 'crawler-no-targets',
    severity: 'error',
    title: 'Crawler with nothing to crawl',
    help: 'A crawler needs at least one target (an S3 path, a JDBC store or a DynamoDB table) to be created. Connect the stores it should crawl, or list their paths.',
    notes: '6.1 Crawlers',
  },
} as const satisfies Record<string, FindingCodeEntry>;
