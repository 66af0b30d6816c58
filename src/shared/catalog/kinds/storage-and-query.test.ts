import { describe, expect, it } from 'vitest';
import { emptyPipeline } from '../../model/pipeline';
import { checkConnection } from '../connections';
import { canTransition } from '../s3-lifecycle';
import type { EdgeKind, KindDefinition } from '../types';
import { athena } from './athena';
import { dynamodbTable } from './dynamodb-table';
import { elasticache } from './elasticache';
import { glueCrawler, glueCronProblem } from './glue-crawler';
import { glueDataCatalog } from './glue-data-catalog';
import { opensearch } from './opensearch';
import { quicksight } from './quicksight';
import { rds } from './rds';
import { redshift } from './redshift';
import { s3Bucket } from './s3-bucket';
import { splunk } from './splunk';

/** The kind ids of the catalog table in the product design (design/product.md). */
const PRODUCT_KIND_IDS = [
  'app-producer', 'device-fleet', 'camera-fleet', 'onprem-database', 'onprem-fileshare',
  'iot-core', 'datasync', 'dms', 'kinesis-video-stream',
  'kinesis-data-stream', 'kinesis-firehose', 'kinesis-analytics',
  'lambda', 'glue-etl-job', 'emr-cluster', 'batch-job', 'sagemaker', 'rekognition-video',
  's3-bucket', 'redshift', 'rds', 'dynamodb-table', 'opensearch', 'elasticache', 'splunk',
  'glue-data-catalog', 'glue-crawler', 'athena', 'quicksight',
  'step-functions', 'data-pipeline', 'schedule',
  'kms-key', 'vpc-endpoint',
];

const MINE: Record<string, KindDefinition> = Object.fromEntries(
  [s3Bucket, redshift, rds, dynamodbTable, opensearch, elasticache, splunk, glueDataCatalog, glueCrawler, athena, quicksight].map((k) => [k.id, k]),
);
const kind = (id: string) => MINE[id]!;

/** The input port of `target` that takes `sourceId` on an edge of this kind, if any. */
const inputFor = (target: KindDefinition, sourceId: string, edgeKind: EdgeKind) =>
  target.inputs.find((i) => i.edgeKind === edgeKind && i.accepts && Object.hasOwn(i.accepts, sourceId))?.id;

/** Between two kinds of this group: the (output, input) port ids `checkConnection` would match, or undefined. */
function portsBetween(sourceId: string, targetId: string): [string, string] | undefined {
  const source = kind(sourceId);
  for (const input of kind(targetId).inputs.filter((i) => i.accepts && Object.hasOwn(i.accepts, sourceId))) {
    const output = source.outputs.find((o) => o.edgeKind === input.edgeKind && (!o.only || o.only.includes(targetId)));
    if (output) return [output.id, input.id];
  }
  return undefined;
}

/** The issues of a config that must fail, as "path: message" lines. */
function issuesOf(k: KindDefinition, overrides: Record<string, unknown>): string {
  const result = k.config.safeParse({ ...k.config.parse({}), ...overrides });
  expect(result.success, JSON.stringify(overrides)).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe.each(Object.values(MINE))('kind $id', (k) => {
  it('has defaults that parse, and parse again', () => {
    const defaults = k.config.parse({});
    expect(k.config.safeParse(defaults).success).toBe(true);
  });

  it('names only kinds of the product catalog, with unique port ids', () => {
    expect(PRODUCT_KIND_IDS).toContain(k.id);
    for (const side of [k.inputs, k.outputs]) expect(new Set(side.map((p) => p.id)).size).toBe(side.length);
    for (const port of [...k.inputs, ...k.outputs]) {
      for (const id of [...Object.keys(port.accepts ?? {}), ...(port.only ?? [])]) expect(PRODUCT_KIND_IDS, `${k.id}.${port.id}: ${id}`).toContain(id);
    }
  });

  it('has an official icon and help longer than its summary', () => {
    expect(k.icon).toMatch(/<svg[\s>]/);
    expect(k.help.length).toBeGreaterThan(k.summary.length);
  });
});

describe('out-of-bounds settings are refused, naming the field and the bound', () => {
  const rule = (over: Record<string, unknown>) => ({ ...s3Bucket.config.shape.lifecycleRules.parse([{}])[0], ...over });
  it.each([
    ['s3-bucket', { tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })) }, /^tags: .*50/],
    ['s3-bucket', { lifecycleRules: [rule({ transitions: [{ days: 10, storageClass: 'Standard-IA' }] })] }, /^lifecycleRules\.0\.transitions\.0\.days: .*at least 30 days/],
    ['s3-bucket', { lifecycleRules: [rule({ id: 'r'.repeat(256) })] }, /^lifecycleRules\.0\.id: .*255/],
    ['s3-bucket', { lifecycleRules: [rule({ transitions: [{ days: 30, storageClass: 'Standard-IA' }, { days: 40, storageClass: 'Deep Archive' }] })] }, /at least 30 days after Standard-IA/],
    ['s3-bucket', { lifecycleRules: [rule({ transitions: [{ days: 90, storageClass: 'Deep Archive' }], expirationDays: 60 })] }, /^lifecycleRules\.0\.expirationDays: .*day 90/],
    ['s3-bucket', { storageClass: 'Deep Archive', lifecycleRules: [rule({ transitions: [{ days: 0, storageClass: 'Glacier Flexible Retrieval' }] })] }, /cannot move objects from Deep Archive/],
    ['s3-bucket', { lifecycleRules: [rule({}), rule({})] }, /^lifecycleRules\.1\.id: Two lifecycle rules are named "rule"/],
    ['s3-bucket', { objectLock: { enabled: true, mode: 'COMPLIANCE', retentionDays: 365 } }, /^objectLock\.enabled: Object Lock requires versioning/],
    ['redshift', { deployment: { mode: 'serverless', baseRpu: 2, maxRpu: null } }, /^deployment\.baseRpu: .*4/],
    ['redshift', { deployment: { mode: 'serverless', baseRpu: 2048, maxRpu: null } }, /^deployment\.baseRpu: .*1024/],
    ['redshift', { deployment: { mode: 'serverless', baseRpu: 20, maxRpu: null } }, /^deployment\.baseRpu: .*multiple of 8/],
    ['redshift', { deployment: { mode: 'provisioned', nodeType: 'ra3.4xlarge', numberOfNodes: 1 } }, /^deployment\.numberOfNodes: ra3\.4xlarge clusters have 2–32 nodes/],
    ['redshift', { deployment: { mode: 'serverless', baseRpu: 8, maxRpu: null }, encryption: 'none' }, /^encryption: .*always encrypted/],
    ['rds', { storageGiB: 70_000 }, /^storageGiB: .*65536/],
    ['rds', { engine: 'SQL Server', storageGiB: 20_000 }, /^storageGiB: .*16384/],
    ['rds', { readReplicas: 16 }, /^readReplicas: .*15/],
    ['rds', { engine: 'Oracle', readReplicas: 6 }, /^readReplicas: .*at most 5/],
    ['dynamodb-table', { capacity: { mode: 'provisioned', readCapacityUnits: 50_000, writeCapacityUnits: 5 } }, /^capacity\.readCapacityUnits: .*40000/],
    ['dynamodb-table', { pitrRecoveryPeriodDays: 36 }, /^pitrRecoveryPeriodDays: .*35/],
    ['dynamodb-table', { partitionKey: { name: 'k'.repeat(256), type: 'String' } }, /^partitionKey\.name: .*255/],
    ['opensearch', { instanceCount: 81 }, /^instanceCount: .*80/],
    ['opensearch', { storageGiBPerNode: 5 }, /^storageGiBPerNode: .*10/],
    ['opensearch', { instanceType: 'm6g.large.search', storageGiBPerNode: 2_000 }, /^storageGiBPerNode: .*1024 GiB/],
    ['opensearch', { ultraWarm: { enabled: true, instanceType: 'ultrawarm1.medium.search', count: 151 } }, /^ultraWarm\.count: .*150/],
    ['opensearch', { ultraWarm: { enabled: true, instanceType: 'ultrawarm1.medium.search', count: 2 } }, /^ultraWarm\.enabled: UltraWarm requires dedicated master nodes/],
    ['elasticache', { replicasPerShard: 6 }, /^replicasPerShard: .*5/],
    ['elasticache', { engine: 'Memcached', shards: 61, replicasPerShard: 0 }, /^shards: .*60/],
    ['elasticache', { shards: 200, replicasPerShard: 5 }, /^shards: 1200 nodes: .*500/],
    ['splunk', { hecAcknowledgmentTimeoutSeconds: 100 }, /^hecAcknowledgmentTimeoutSeconds: .*180/],
    ['splunk', { hecAcknowledgmentTimeoutSeconds: 700 }, /^hecAcknowledgmentTimeoutSeconds: .*600/],
    ['splunk', { retryDurationSeconds: 8_000 }, /^retryDurationSeconds: .*7200/],
    ['glue-data-catalog', { databaseName: 'd'.repeat(256) }, /^databaseName: .*255/],
    ['glue-data-catalog', { databaseName: 'DataLake' }, /^databaseName: .*lower case/],
    ['glue-crawler', { schedule: { mode: 'cron', expression: 'cron(0/1 * * * ? *)' } }, /^schedule\.expression: .*every 5 minutes/],
    ['glue-crawler', { recrawlPolicy: 'CRAWL_NEW_FOLDERS_ONLY' }, /^recrawlPolicy: .*LOG/],
    ['athena', { bytesScannedCutoffMB: 5 }, /^bytesScannedCutoffMB: .*10/],
    ['athena', { workgroup: 'w'.repeat(129) }, /^workgroup: .*128/],
    ['quicksight', { authors: 0 }, /^authors: .*1/],
  ] as const)('%s %j', (id, overrides, expected) => {
    expect(issuesOf(kind(id), overrides)).toMatch(new RegExp(expected.source, 'm'));
  });

  it('accepts what AWS accepts at the edges of those bounds', () => {
    const ok = (id: string, overrides: Record<string, unknown>) => expect(kind(id).config.safeParse({ ...kind(id).config.parse({}), ...overrides }).success, `${id} ${JSON.stringify(overrides)}`).toBe(true);
    ok('redshift', { deployment: { mode: 'serverless', baseRpu: 4, maxRpu: null } });
    ok('redshift', { deployment: { mode: 'serverless', baseRpu: 544, maxRpu: 1024 } });
    ok('redshift', { deployment: { mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 1 } });
    ok('s3-bucket', { versioning: true, objectLock: { enabled: true, mode: 'COMPLIANCE', retentionDays: 365 }, encryption: 'SSE-C' });
    ok('s3-bucket', { lifecycleRules: [{ id: 'logs', prefix: 'logs/', transitions: [{ days: 30, storageClass: 'Standard-IA' }, { days: 60, storageClass: 'Glacier Flexible Retrieval' }], expirationDays: 365 }] });
    ok('glue-crawler', { recrawlPolicy: 'CRAWL_NEW_FOLDERS_ONLY', schemaChangePolicy: { updateBehavior: 'LOG', deleteBehavior: 'LOG' }, schedule: { mode: 'cron', expression: 'cron(0/15 * * * ? *)' } });
  });
});

describe('S3 lifecycle transitions follow the waterfall of the S3 user guide', () => {
  it.each([
    ['Standard', 'Deep Archive', true],
    ['Standard-IA', 'Intelligent-Tiering', true],
    ['Intelligent-Tiering', 'One Zone-IA', true],
    ['Intelligent-Tiering', 'Standard-IA', false],
    ['One Zone-IA', 'Glacier Instant Retrieval', false],
    ['Glacier Flexible Retrieval', 'Deep Archive', true],
    ['Glacier Flexible Retrieval', 'Glacier Instant Retrieval', false],
    ['Deep Archive', 'Glacier Flexible Retrieval', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => expect(canTransition(from, to)).toBe(allowed));

  it('reads Glue cron expressions', () => {
    expect(glueCronProblem('cron(15 12 * * ? *)')).toBeUndefined();
    expect(glueCronProblem('cron(0 18 ? * MON-FRI *)')).toBeUndefined();
    expect(glueCronProblem('rate(5 minutes)')).toMatch(/Expected cron/);
    expect(glueCronProblem('cron(0 12 * * * *)')).toMatch(/exactly one/);
  });
});

describe('connection rules', () => {
  it.each([
    // Batch and analytics layers, between kinds of this group.
    ['s3-bucket', 'glue-crawler', 'data', 'data'],
    ['rds', 'glue-crawler', 'rows', 'data'],
    ['redshift', 'glue-crawler', 'rows', 'data'],
    ['dynamodb-table', 'glue-crawler', 'rows', 'data'],
    ['glue-crawler', 'glue-data-catalog', 'tables', 'tables'],
    ['glue-data-catalog', 'athena', 'tables', 'tables'],
    ['s3-bucket', 'athena', 'data', 'objects'],
    ['athena', 'quicksight', 'results', 'data'],
    ['athena', 's3-bucket', 'results', 'objects'],
    ['s3-bucket', 'redshift', 'data', 'rows'],
    ['glue-data-catalog', 'redshift', 'tables', 'tables'],
    ['redshift', 'quicksight', 'rows', 'data'],
    ['redshift', 's3-bucket', 'rows', 'objects'],
    ['rds', 'quicksight', 'rows', 'data'],
    ['s3-bucket', 'quicksight', 'data', 'data'],
    ['opensearch', 'quicksight', 'documents', 'data'],
  ] as const)('%s → %s (%s → %s)', (source, target, output, input) => {
    expect(portsBetween(source, target)).toEqual([output, input]);
  });

  it.each([
    ['glue-crawler', 'athena'],
    ['glue-data-catalog', 'quicksight'],
    ['dynamodb-table', 'quicksight'],
    ['quicksight', 's3-bucket'],
    ['elasticache', 's3-bucket'],
    ['splunk', 's3-bucket'],
    ['s3-bucket', 'splunk'],
    ['athena', 'glue-data-catalog'],
  ] as const)('refuses %s → %s', (source, target) => expect(portsBetween(source, target)).toBeUndefined());

  it.each([
    // What the other groups' kinds bring into these, by the edge kind AWS uses.
    ['s3-bucket', 'kinesis-firehose', 'data', 'objects'],
    ['s3-bucket', 'dms', 'data', 'objects'],
    ['s3-bucket', 'datasync', 'data', 'objects'],
    ['s3-bucket', 'glue-etl-job', 'data', 'objects'],
    ['s3-bucket', 'sagemaker', 'data', 'objects'],
    ['s3-bucket', 'vpc-endpoint', 'data', 'objects'],
    ['s3-bucket', 'kms-key', 'metadata', 'key'],
    ['redshift', 'kinesis-firehose', 'data', 'rows'],
    ['redshift', 'dms', 'data', 'rows'],
    ['dynamodb-table', 'lambda', 'data', 'rows'],
    ['opensearch', 'kinesis-firehose', 'data', 'records'],
    ['splunk', 'kinesis-firehose', 'data', 'records'],
    ['elasticache', 'lambda', 'data', 'rows'],
    ['glue-data-catalog', 'glue-etl-job', 'metadata', 'tables'],
    ['glue-crawler', 'step-functions', 'control', 'start'],
    ['glue-crawler', 'schedule', 'control', 'start'],
    ['athena', 'step-functions', 'control', 'start'],
  ] as const)('%s takes %s on a %s edge at %s', (target, source, edgeKind, port) => {
    expect(inputFor(kind(target), source, edgeKind)).toBe(port);
  });

  it('keeps out what AWS does not connect', () => {
    expect(inputFor(s3Bucket, 'kinesis-data-stream', 'data')).toBeUndefined();
    expect(Object.keys(splunk.inputs[0]!.accepts!)).toEqual(['kinesis-firehose']);
    expect(opensearch.inputs.some((i) => i.accepts && 'glue-crawler' in i.accepts)).toBe(false);
    expect(quicksight.outputs).toEqual([]);
  });

  it('limits a crawler to one Data Catalog database and routes DynamoDB changes to stream consumers', () => {
    expect(glueCrawler.outputs).toEqual([expect.objectContaining({ id: 'tables', edgeKind: 'metadata', only: ['glue-data-catalog'], max: 1 })]);
    expect((dynamodbTable as KindDefinition).outputs.find((o) => o.only?.includes('lambda'))?.id).toBe('changes');
    expect(s3Bucket.inputs.find((i) => i.id === 'key')).toMatchObject({ max: 1 });
  });

  it('lets a registered Firehose deliver into a bucket', () => {
    const p = emptyPipeline();
    p.nodes.push(
      { id: 'f', kind: 'kinesis-firehose', label: 'Firehose', position: { x: 0, y: 0 }, config: {} },
      { id: 'b', kind: 's3-bucket', label: 'Lake', position: { x: 200, y: 0 }, config: {} },
    );
    expect(checkConnection(p, { source: 'f', target: 'b' })).toMatchObject({ ok: true, targetPort: 'objects', edgeKind: 'data' });
  });
});
