import { afterAll, describe, expect, it } from 'vitest';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { buildPipeline, node } from '../../../shared/templates/build';
import { toCloudFormation, cloudFormationYaml } from './index';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';
import { readBack, statementsOf } from './testing/read-back';

/** Raw bucket → crawler → catalog; raw → job → curated (encrypted with the key); catalog → job. */
function lake(options: { catalog?: Partial<ConfigOf<'glue-data-catalog'>>; crawler?: Partial<ConfigOf<'glue-crawler'>>; job?: Partial<ConfigOf<'glue-etl-job'>> } = {}) {
  return buildPipeline(
    { title: 'Lake', description: 'Glue over S3' },
    [
      node('s3-bucket', 'raw', 'Raw', [0, 0], { bucketName: 'example-raw' }),
      node('s3-bucket', 'curated', 'Curated', [2, 0], { encryption: 'SSE-KMS' }),
      node('kms-key', 'key', 'Lake key', [1, 2]),
      node('glue-crawler', 'crawler', 'Raw crawler', [1, 0], { schedule: { mode: 'cron', expression: 'cron(0 * * * ? *)' }, ...options.crawler }),
      node('glue-data-catalog', 'catalog', 'Lake catalog', [2, 1], {
        tables: [
          { name: 'events', location: 's3://example-raw/events/', format: 'JSON', partitionKeys: [{ name: 'dt', type: 'string' }] },
          { name: 'archive', location: 's3://elsewhere/archive/', format: 'Parquet', partitionKeys: [] },
        ],
        ...options.catalog,
      }),
      node('glue-etl-job', 'job', 'Curate', [3, 0], options.job),
    ],
    [
      ['raw', 'crawler'],
      ['crawler', 'catalog'],
      ['raw', 'job'],
      ['job', 'curated'],
      ['catalog', 'job'],
      ['key', 'job'],
      ['key', 'curated'],
    ],
  );
}

const TAGS = [
  { Key: 'pipewright:pipeline', Value: 'Lake' },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const TAG_MAP = { 'pipewright:pipeline': 'Lake', 'pipewright:environment': { Ref: 'Environment' } };
const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objects = (id: string) => ({ 'Fn::Sub': `\${${id}.Arn}/*` });
const glueArn = (resource: string) => ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, { Db: { Ref: 'LakeCatalog' } }] });
const CATALOG_RESOURCES = [{ 'Fn::Sub': 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog' }, glueArn('database/${Db}'), glueArn('table/${Db}/*')];
const GLUE_READ = ['glue:BatchGetPartition', 'glue:GetDatabase', 'glue:GetPartition', 'glue:GetPartitions', 'glue:GetTable', 'glue:GetTables'];
const GLUE_WRITE = ['glue:BatchCreatePartition', 'glue:BatchUpdatePartition', 'glue:CreatePartition', 'glue:CreateTable', 'glue:UpdatePartition', 'glue:UpdateTable'];
const VIA_S3 = { StringEquals: { 'kms:ViaService': { 'Fn::Sub': 's3.${AWS::Region}.${AWS::URLSuffix}' } } };
const GLUE_SERVICE_ROLE = [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSGlueServiceRole' }];
const notes = (pipeline: ReturnType<typeof lake>) => JSON.stringify(toCloudFormation(pipeline).Metadata ?? {});

describe('glue-data-catalog → AWS::Glue::Database and its tables', () => {
  const template = toCloudFormation(lake());

  it('names the database by a parameter and retains it', () => {
    expect(template.Resources.LakeCatalog).toEqual({
      Type: 'AWS::Glue::Database',
      Properties: { CatalogId: { Ref: 'AWS::AccountId' }, DatabaseInput: { Name: { Ref: 'LakeCatalogName' } } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(template.Parameters?.LakeCatalogName).toMatchObject({ Type: 'String', Default: 'datalake' });
  });

  it('declares each table on its bucket, with partition keys and the SerDe of its format', () => {
    expect(template.Resources.LakeCatalogTable1?.Properties).toEqual({
      CatalogId: { Ref: 'AWS::AccountId' },
      DatabaseName: { Ref: 'LakeCatalog' },
      TableInput: {
        Name: 'events',
        TableType: 'EXTERNAL_TABLE',
        Parameters: { classification: 'json', EXTERNAL: 'TRUE' },
        PartitionKeys: [{ Name: 'dt', Type: 'string' }],
        StorageDescriptor: {
          Location: { 'Fn::Sub': 's3://${Raw}/events/' },
          InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
        },
      },
    });
    // A bucket outside the pipeline keeps its written location.
    expect(template.Resources.LakeCatalogTable2?.Properties).toMatchObject({
      TableInput: { StorageDescriptor: { Location: 's3://elsewhere/archive/', SerdeInfo: { SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' } } },
    });
    expect(notes(lake())).toContain('created without columns');
  });

  it.each([
    ['ORC', 'org.apache.hadoop.hive.ql.io.orc.OrcSerde', 'org.apache.hadoop.hive.ql.io.orc.OrcInputFormat'],
    ['CSV', 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe', 'org.apache.hadoop.mapred.TextInputFormat'],
    ['Avro', 'org.apache.hadoop.hive.serde2.avro.AvroSerDe', 'org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat'],
  ] as const)('maps %s tables to their SerDe and input format', (format, serde, input) => {
    const pipeline = lake({ catalog: { tables: [{ name: 't', location: '', format, partitionKeys: [] }] } });
    const storage = (toCloudFormation(pipeline).Resources.LakeCatalogTable1?.Properties.TableInput as { StorageDescriptor: Record<string, unknown> }).StorageDescriptor;
    expect(storage).toMatchObject({ InputFormat: input, SerdeInfo: { SerializationLibrary: serde } });
    expect(storage).not.toHaveProperty('Location');
    expect(notes(pipeline).includes('avro.schema.literal')).toBe(format === 'Avro');
  });

  it('reads its settings back from the template', () => {
    const { read, expected, refused } = readBack(lake(), 'catalog', ['databaseName', 'tables']);
    // The table on a pipeline bucket is written as !Sub on that bucket, so only the other location reads back as text.
    expect(read).toEqual({ ...expected, tables: [{ ...(expected.tables as object[])[0], location: '' }, (expected.tables as object[])[1]] });
    expect(refused).toEqual([]);
  });
});

describe('glue-crawler → AWS::Glue::Crawler and its role', () => {
  it('crawls the listed path on its bucket into the connected database, on its schedule', () => {
    const template = toCloudFormation(lake({ crawler: { targets: [{ type: 'S3', path: 's3://example-raw/events/' }] } }));
    expect(template.Resources.RawCrawler?.Properties).toEqual({
      Role: arn('RawCrawlerRole'),
      DatabaseName: { Ref: 'LakeCatalog' },
      Targets: { S3Targets: [{ Path: { 'Fn::Sub': 's3://${Raw}/events/' } }] },
      SchemaChangePolicy: { UpdateBehavior: 'UPDATE_IN_DATABASE', DeleteBehavior: 'DEPRECATE_IN_DATABASE' },
      RecrawlPolicy: { RecrawlBehavior: 'CRAWL_EVERYTHING' },
      Tags: TAG_MAP,
      Schedule: { ScheduleExpression: 'cron(0 * * * ? *)' },
    });
    const role = template.Resources.RawCrawlerRole;
    expect(role?.Properties.ManagedPolicyArns).toEqual(GLUE_SERVICE_ROLE);
    expect(role?.Properties.Tags).toEqual(TAGS);
    expect(statementsOf(role)).toEqual([
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn('Raw')] },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects('Raw')] },
      { Effect: 'Allow', Action: [...GLUE_READ, ...GLUE_WRITE].sort(), Resource: CATALOG_RESOURCES },
    ]);
  });

  it('crawls a whole connected bucket, DynamoDB paths, and notes what it cannot reach', () => {
    const pipeline = lake({
      crawler: {
        schedule: { mode: 'on demand' },
        targets: [
          { type: 'S3', path: 's3://not-in-pipeline/x/' },
          { type: 'DynamoDB', path: 'orders' },
          { type: 'JDBC', path: 'sales/public/%' },
        ],
      },
    });
    const crawler = toCloudFormation(pipeline).Resources.RawCrawler!;
    expect(crawler.Properties.Targets).toEqual({ S3Targets: [{ Path: 's3://not-in-pipeline/x/' }, { Path: { 'Fn::Sub': 's3://${Raw}/' } }], DynamoDBTargets: [{ Path: 'orders' }] });
    expect(crawler.Properties).not.toHaveProperty('Schedule');
    expect(statementsOf(toCloudFormation(pipeline).Resources.RawCrawlerRole)).toContainEqual({
      Effect: 'Allow',
      Action: ['dynamodb:DescribeTable', 'dynamodb:Scan'],
      Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/orders' }],
    });
    expect(notes(pipeline)).toContain('s3://not-in-pipeline/x/ is not a bucket of this pipeline');
    expect(notes(pipeline)).toContain('the JDBC target sales/public/% needs a Glue connection');
  });

  it('says so when it writes to no database', () => {
    const pipeline = lake();
    pipeline.edges = pipeline.edges.filter((e) => e.target !== 'catalog');
    expect(toCloudFormation(pipeline).Resources.RawCrawler?.Properties).not.toHaveProperty('DatabaseName');
    expect(notes(pipeline)).toContain('writes to no Data Catalog database');
  });

  it('reads its settings back from the template', () => {
    const crawler = {
      targets: [{ type: 'S3' as const, path: 's3://not-in-pipeline/x/' }, { type: 'DynamoDB' as const, path: 'orders' }],
      schemaChangePolicy: { updateBehavior: 'LOG' as const, deleteBehavior: 'LOG' as const },
      recrawlPolicy: 'CRAWL_NEW_FOLDERS_ONLY' as const,
    };
    const keys = ['schedule', 'targets', 'schemaChangePolicy', 'recrawlPolicy'];
    for (const schedule of [{ mode: 'on demand' as const }, { mode: 'cron' as const, expression: 'cron(15 2 * * ? *)' }]) {
      const { read, expected, refused } = readBack(lake({ crawler: { ...crawler, schedule } }), 'crawler', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
  });
});

describe('glue-etl-job → AWS::Glue::Job, its role, security configuration and trigger', () => {
  const watchCrawler = { type: 'conditional' as const, logical: 'ALL' as const, watch: [{ kind: 'crawler' as const, name: 'Raw crawler', state: 'SUCCEEDED' as const }] };

  it('runs the script parameter with the capacity, bookmarks, timeout and retries of its settings', () => {
    const template = toCloudFormation(lake({ job: { maxRetries: 2, timeoutMinutes: 60, jobBookmarks: 'pause', executionClass: 'FLEX' } }));
    expect(template.Resources.Curate?.Properties).toEqual({
      Role: arn('CurateRole'),
      Command: { Name: 'glueetl', ScriptLocation: { Ref: 'CurateScriptLocation' }, PythonVersion: '3' },
      GlueVersion: '5.0',
      WorkerType: 'G.1X',
      NumberOfWorkers: 10,
      ExecutionClass: 'FLEX',
      Timeout: 60,
      MaxRetries: 2,
      DefaultArguments: { '--job-bookmark-option': 'job-bookmark-pause', '--enable-auto-scaling': 'true' },
      Tags: TAG_MAP,
      SecurityConfiguration: { Ref: 'CurateSecurityConfiguration' },
    });
    expect(template.Parameters?.CurateScriptLocation).toMatchObject({ Default: 's3://replace-with-your-scripts-bucket/scripts/Curate.py' });
    expect(template.Resources.CurateSecurityConfiguration?.Properties.EncryptionConfiguration).toEqual({
      S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: arn('LakeKey') }],
      JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: arn('LakeKey') },
    });
    expect(notes(lake())).toContain("the job's script is not generated. Upload one that reads json, applies DropNullFields and writes parquet");
  });

  it('reads its sources, script and catalog, writes its target, and uses its key', () => {
    const role = toCloudFormation(lake()).Resources.CurateRole;
    expect(role?.Properties.ManagedPolicyArns).toEqual(GLUE_SERVICE_ROLE);
    expect(statementsOf(role)).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: [{ 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Path}', { Path: { 'Fn::Select': [1, { 'Fn::Split': ['s3://', { Ref: 'CurateScriptLocation' }] }] } }] }],
      },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn('Raw')] },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects('Raw')] },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [arn('Curated')] },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'], Resource: [objects('Curated')] },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [arn('LakeKey')], Condition: VIA_S3 },
      { Effect: 'Allow', Action: GLUE_READ, Resource: CATALOG_RESOURCES },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], Resource: [arn('LakeKey')] },
    ]);
  });

  it('reads a bucket behind an S3 gateway endpoint, and notes the Glue connection that needs', () => {
    const pipeline = buildPipeline(
      { title: 'Lake', description: 'through the VPC' },
      [node('s3-bucket', 'raw', 'Raw', [0, 0]), node('vpc-endpoint', 'endpoint', 'S3 endpoint', [1, 0]), node('glue-etl-job', 'job', 'Curate', [2, 0])],
      [
        ['raw', 'endpoint'],
        ['endpoint', 'job'],
      ],
    );
    expect(statementsOf(toCloudFormation(pipeline).Resources.CurateRole)).toContainEqual({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects('Raw')] });
    expect(notes(pipeline)).toContain('reaching S3 through the VPC endpoint needs a Glue NETWORK connection');
  });

  it('adds a trigger for a schedule or a condition, naming a watched crawler of the pipeline by Ref', () => {
    const trigger = (job: Partial<ConfigOf<'glue-etl-job'>>) => toCloudFormation(lake({ job })).Resources.CurateTrigger;
    expect(trigger({ trigger: { type: 'scheduled', cron: 'cron(0 3 * * ? *)' } })?.Properties).toEqual({
      Type: 'SCHEDULED',
      Schedule: 'cron(0 3 * * ? *)',
      Actions: [{ JobName: { Ref: 'Curate' } }],
      StartOnCreation: true,
      Tags: TAG_MAP,
    });
    expect(trigger({ trigger: watchCrawler })?.Properties.Predicate).toEqual({
      Logical: 'AND',
      Conditions: [{ LogicalOperator: 'EQUALS', CrawlerName: { Ref: 'RawCrawler' }, CrawlState: 'SUCCEEDED' }],
    });
    expect(trigger({ trigger: { type: 'conditional', logical: 'ANY', watch: [{ kind: 'job', name: 'upstream-job', state: 'FAILED' }] } })?.Properties.Predicate).toEqual({
      Logical: 'ANY',
      Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'upstream-job', State: 'FAILED' }],
    });
    expect(trigger({ trigger: { type: 'on-demand' } })).toBeUndefined();
  });

  it('gives Glue 1.0 maximum capacity, and notes auto scaling where Glue cannot do it', () => {
    const glue1 = lake({ job: { glueVersion: '1.0', capacity: { mode: 'max-capacity', maxCapacityDpus: 20 } } });
    expect(toCloudFormation(glue1).Resources.Curate?.Properties).toMatchObject({ GlueVersion: '1.0', MaxCapacity: 20 });
    expect(toCloudFormation(glue1).Resources.Curate?.Properties).not.toHaveProperty('WorkerType');
    const glue2 = lake({ job: { glueVersion: '2.0' } });
    expect(toCloudFormation(glue2).Resources.Curate?.Properties.DefaultArguments).toEqual({ '--job-bookmark-option': 'job-bookmark-enable' });
    expect(notes(glue2)).toContain('auto scaling needs Glue 3.0 or later');
  });

  it('reads its settings back from the template', () => {
    const keys = ['glueVersion', 'capacity', 'executionClass', 'jobBookmarks', 'timeoutMinutes', 'maxRetries', 'trigger'];
    const jobs: Partial<ConfigOf<'glue-etl-job'>>[] = [
      { glueVersion: '4.0', capacity: { mode: 'workers', workerType: 'G.2X', numberOfWorkers: 30, autoScaling: false }, jobBookmarks: 'disable', timeoutMinutes: 90, maxRetries: 3, executionClass: 'FLEX' },
      { glueVersion: '1.0', capacity: { mode: 'max-capacity', maxCapacityDpus: 20 }, trigger: { type: 'scheduled', cron: 'cron(0 3 * * ? *)' } },
      { trigger: { type: 'conditional', logical: 'ANY', watch: [{ kind: 'job', name: 'upstream-job', state: 'TIMEOUT' }, { kind: 'crawler', name: 'other-crawler', state: 'STOPPED' }] } },
    ];
    for (const job of jobs) {
      const { read, expected, refused } = readBack(lake({ job }), 'job', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
  });
});

describe('Glue templates pass both validators', () => {
  const folder = templateFolder();
  afterAll(() => {
    freeCfnValidate();
    folder.remove();
  });
  const variants = {
    'lake with schedule and security configuration': lake({ job: { trigger: { type: 'scheduled', cron: 'cron(0 3 * * ? *)' } } }),
    'crawler of several target types, conditional job, Glue 1.0': lake({
      crawler: { schedule: { mode: 'on demand' }, targets: [{ type: 'S3', path: 's3://example-raw/events/' }, { type: 'DynamoDB', path: 'orders' }] },
      job: { glueVersion: '1.0', capacity: { mode: 'max-capacity', maxCapacityDpus: 10 }, trigger: { type: 'conditional', logical: 'ALL', watch: [{ kind: 'crawler', name: 'Raw crawler', state: 'SUCCEEDED' }] } },
      catalog: { tables: (['Parquet', 'ORC', 'JSON', 'CSV', 'Avro'] as const).map((format, i) => ({ name: `t${i}`, location: i % 2 ? '' : `s3://example-raw/t${i}/`, format, partitionKeys: [{ name: 'dt', type: 'date' as const }] })) },
    }),
  };
  const paths = Object.entries(variants).map(([name, pipeline]) => folder.write(name, cloudFormationYaml(pipeline)));

  it('@aws/cloudformation-validate (strict) accepts every variant', () => {
    for (const path of paths) expect(cfnValidateDiagnostics(path)).toEqual([]);
  }, 120_000);

  it.skipIf(cfnLintMissing !== undefined)('cfn-lint finds no error and no warning', () => {
    expect(cfnLintOutput(paths)).toBe('');
  }, 60_000);
});
