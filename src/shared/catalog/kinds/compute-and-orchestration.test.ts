import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { emptyPipeline, type Pipeline } from '../../model/pipeline';
import { issuePath } from '../../model/issues';
import { checkConnection } from '../connections';
import type { EdgeKind, KindDefinition } from '../types';
import { batchJob } from './batch-job';
import { dataPipeline, periodProblem } from './data-pipeline';
import { emrCluster } from './emr-cluster';
import { glueEtlJob } from './glue-etl-job';
import { aliasProblem, kmsKey } from './kms-key';
import { lambda } from './lambda';
import { rekognitionVideo } from './rekognition-video';
import { sagemaker } from './sagemaker';
import { schedule, scheduleExpressionProblem } from './schedule';
import { stepFunctions } from './step-functions';
import { vpcEndpoint } from './vpc-endpoint';

// checkConnection finds kinds through the registry. Until these kinds are registered, add them to it for this file.
vi.mock('../registry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../registry')>();
  const modules = await Promise.all(
    ['./batch-job', './data-pipeline', './emr-cluster', './glue-etl-job', './kms-key', './lambda', './rekognition-video', './sagemaker', './schedule', './step-functions', './vpc-endpoint'].map(
      (path) => import(path) as Promise<Record<string, unknown>>,
    ),
  );
  const extra = new Map<string, KindDefinition>();
  for (const value of modules.flatMap((m) => Object.values(m))) {
    if (typeof value === 'object' && value !== null && 'inputs' in value) extra.set((value as KindDefinition).id, value as KindDefinition);
  }
  return { ...actual, kindOf: (id: string) => actual.kindOf(id) ?? extra.get(id) };
});

/** Kind ids of product.md's catalog table (shared/design/product.md). */
const PRODUCT_KIND_IDS = [
  'app-producer', 'device-fleet', 'camera-fleet', 'onprem-database', 'onprem-fileshare', 'iot-core', 'datasync', 'dms', 'kinesis-video-stream',
  'kinesis-data-stream', 'kinesis-firehose', 'kinesis-analytics', 'lambda', 'glue-etl-job', 'emr-cluster', 'batch-job', 'sagemaker', 'rekognition-video',
  's3-bucket', 'redshift', 'rds', 'dynamodb-table', 'opensearch', 'elasticache', 'splunk', 'glue-data-catalog', 'glue-crawler', 'athena', 'quicksight',
  'step-functions', 'data-pipeline', 'schedule', 'kms-key', 'vpc-endpoint',
];

const MINE: Record<string, KindDefinition> = Object.fromEntries(
  [lambda, glueEtlJob, emrCluster, batchJob, sagemaker, rekognitionVideo, stepFunctions, dataPipeline, schedule, kmsKey, vpcEndpoint].map((k) => [k.id, k]),
);

/** `path: message` for each issue when `patch` is applied over the kind's defaults. */
function problems(kind: KindDefinition, patch: Record<string, unknown>): string[] {
  const result = kind.config.safeParse({ ...kind.config.parse({}), ...patch });
  return result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
}

describe.each(Object.values(MINE))('kind $id', (kind) => {
  it('is in product.md, with defaults that make a valid node and every setting titled', () => {
    expect(PRODUCT_KIND_IDS).toContain(kind.id);
    const defaults = kind.config.parse({});
    expect(kind.config.parse(defaults)).toEqual(defaults);
    const json = z.toJSONSchema(kind.config, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { title?: string }> };
    for (const [key, property] of Object.entries(json.properties)) expect(property.title, `${kind.id}.${key} has a title (.meta last)`).toBeTruthy();
  });

  it('names only product kinds in its ports, with unique port ids', () => {
    for (const side of [kind.inputs, kind.outputs]) expect(new Set(side.map((p) => p.id)).size).toBe(side.length);
    for (const port of [...kind.inputs, ...kind.outputs]) {
      for (const id of [...Object.keys(port.accepts ?? {}), ...(port.only ?? [])]) expect(PRODUCT_KIND_IDS, `${kind.id}.${port.id} names ${id}`).toContain(id);
    }
  });

  it('carries its official icon', () => expect(kind.icon).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/));

  it('rejects its first bounded setting just out of bounds, naming the bound (as the catalog test will)', () => {
    const json = z.toJSONSchema(kind.config, { io: 'input' }) as { properties: Record<string, { maximum?: number; minimum?: number; exclusiveMinimum?: number; enum?: unknown[] }> };
    const [key, p] = Object.entries(json.properties).find(([, p]) => p.maximum ?? p.minimum ?? p.exclusiveMinimum ?? p.enum) ?? [];
    expect(key).toBeDefined();
    const [value, bound] = p!.maximum !== undefined ? [p!.maximum + 1, p!.maximum] : p!.minimum !== undefined ? [p!.minimum - 1, p!.minimum] : p!.exclusiveMinimum !== undefined ? [p!.exclusiveMinimum, p!.exclusiveMinimum] : ['__no__', p!.enum![0]];
    expect(problems(kind, { [key!]: value }).find((m) => m.startsWith(`${key}:`))).toContain(String(bound));
  });
});

describe('AWS bounds', () => {
  it.each([
    ['lambda', { memoryMiB: 10_241 }, 'memoryMiB', '10240'],
    ['lambda', { memoryMiB: 127 }, 'memoryMiB', '128'],
    ['lambda', { timeoutSeconds: 901 }, 'timeoutSeconds', '900'],
    ['lambda', { batchSize: 10_001 }, 'batchSize', '10000'],
    ['lambda', { batchingWindowSeconds: 301 }, 'batchingWindowSeconds', '300'],
    ['lambda', { parallelizationFactor: 11 }, 'parallelizationFactor', '10'],
    ['glue-etl-job', { capacity: { mode: 'workers', workerType: 'G.1X', numberOfWorkers: 300 } }, 'capacity.numberOfWorkers', '299'],
    ['glue-etl-job', { capacity: { mode: 'workers', workerType: 'G.2X', numberOfWorkers: 150 } }, 'capacity.numberOfWorkers', '149'],
    ['glue-etl-job', { glueVersion: '2.0', capacity: { mode: 'workers', workerType: 'G.4X' } }, 'capacity.workerType', 'Glue 3.0'],
    ['glue-etl-job', { capacity: { mode: 'max-capacity', maxCapacityDpus: 10 } }, 'capacity', 'Glue 1.0'],
    ['glue-etl-job', { glueVersion: '1.0', capacity: { mode: 'max-capacity', maxCapacityDpus: 101 } }, 'capacity.maxCapacityDpus', '100'],
    ['glue-etl-job', { maxRetries: 11 }, 'maxRetries', '10'],
    ['glue-etl-job', { trigger: { type: 'scheduled', cron: 'rate(1 day)' } }, 'trigger.cron', 'cron()'],
    ['emr-cluster', { stepConcurrency: 257 }, 'stepConcurrency', '256'],
    ['emr-cluster', { primaryNodeCount: 2 }, 'primaryNodeCount', '3'],
    ['emr-cluster', { steps: [{ name: 'report', type: 'Pig' }] }, 'steps[0].type', 'Pig'],
    ['batch-job', { retryAttempts: 11 }, 'retryAttempts', '10'],
    ['batch-job', { timeoutSeconds: 59 }, 'timeoutSeconds', '60'],
    ['batch-job', { queuePriority: 1_001 }, 'queuePriority', '1000'],
    ['batch-job', { vcpus: 3 }, 'vcpus', '0.25, 0.5, 1, 2, 4, 8, 16'],
    ['batch-job', { vcpus: 1, memoryMiB: 1_024 }, 'memoryMiB', '2048–8192'],
    ['batch-job', { computeEnvironment: 'EC2', vcpus: 0.5 }, 'vcpus', 'whole vCPUs'],
    ['sagemaker', { workload: { mode: 'training', maxRuntimeSeconds: 2_419_201 } }, 'workload.maxRuntimeSeconds', '2419200'],
    ['sagemaker', { instanceCount: 0 }, 'instanceCount', '0'],
    ['rekognition-video', { faceMatchThreshold: 101 }, 'faceMatchThreshold', '100'],
    ['step-functions', { workflow: { type: 'EXPRESS', timeoutSeconds: 301 } }, 'workflow.timeoutSeconds', '300'],
    ['step-functions', { workflow: { type: 'EXPRESS' } }, 'workflow', 'Express workflows support only Request Response'],
    ['step-functions', { states: [{ type: 'Task', name: 'Crawl', resource: 'glue:startCrawler', pattern: 'sync' }] }, 'states[0].pattern', '.sync'],
    ['step-functions', { states: [{ type: 'Pass', name: 'A' }, { type: 'Pass', name: 'A' }] }, 'states[1].name', 'unique'],
    ['step-functions', { states: [{ type: 'Task', name: 'T', retry: [{ backoffRate: 0.5 }] }] }, 'states[0].retry[0].backoffRate', '1'],
    ['data-pipeline', { period: '5 minutes' }, 'period', '15 minutes'],
    ['data-pipeline', { period: '4 years' }, 'period', '3 years'],
    ['data-pipeline', { activities: [{ name: 'hive', type: 'HiveActivity', runsOn: 'Ec2Resource' }] }, 'activities[0].runsOn', 'EmrCluster'],
    ['schedule', { retryAttempts: 186 }, 'retryAttempts', '185'],
    ['schedule', { maxEventAgeSeconds: 59 }, 'maxEventAgeSeconds', '60'],
    ['schedule', { mechanism: 'rule', expression: 'at(2030-01-01T00:00:00)' }, 'expression', 'EventBridge Scheduler'],
    ['kms-key', { rotationPeriodDays: 89 }, 'rotationPeriodDays', '90'],
    ['kms-key', { rotationPeriodDays: 2_561 }, 'rotationPeriodDays', '2560'],
    ['kms-key', { pendingWindowDays: 31 }, 'pendingWindowDays', '30'],
    ['kms-key', { keySpec: 'RSA_2048', rotationEnabled: true }, 'keySpec', 'SYMMETRIC_DEFAULT'],
    ['kms-key', { alias: 'alias/aws/s3' }, 'alias', 'alias/aws/'],
    ['vpc-endpoint', { routeTableCount: 0 }, 'routeTableCount', '1'],
  ] as const)('%s: %j is refused at %s, naming %s', (id, patch, path, bound) => {
    const found = problems(MINE[id]!, patch);
    expect(found.find((m) => m.startsWith(`${path}: `)), found.join('; ')).toContain(bound);
  });

  it('accepts values at the bounds', () => {
    expect(problems(lambda, { memoryMiB: 10_240, timeoutSeconds: 900, batchSize: 10_000, parallelizationFactor: 10 })).toEqual([]);
    expect(problems(glueEtlJob, { capacity: { mode: 'workers', workerType: 'G.1X', numberOfWorkers: 299 } })).toEqual([]);
    expect(problems(glueEtlJob, { glueVersion: '1.0', capacity: { mode: 'max-capacity', maxCapacityDpus: 100 } })).toEqual([]);
    expect(problems(batchJob, { vcpus: 0.25, memoryMiB: 2_048 })).toEqual([]);
    expect(problems(batchJob, { vcpus: 16, memoryMiB: 122_880 })).toEqual([]);
    expect(problems(stepFunctions, { workflow: { type: 'EXPRESS', timeoutSeconds: 300 }, states: [{ type: 'Task', name: 'Invoke', resource: 'lambda:invoke' }] })).toEqual([]);
    expect(problems(emrCluster, { primaryNodeCount: 3, stepConcurrency: 256 })).toEqual([]);
  });
});

describe('schedule expressions (EventBridge syntax)', () => {
  it.each(['rate(1 minute)', 'rate(5 minutes)', 'rate(1 hour)', 'rate(12 hours)', 'rate(1 day)', 'cron(0 10 * * ? *)', 'cron(15 12 * * ? *)', 'cron(0 18 ? * MON-FRI *)', 'cron(0 8 1 * ? *)', 'cron(0/15 * * * ? *)', 'cron(0/5 8-17 ? * MON-FRI *)', 'cron(0 9 ? * 2#1 *)', 'cron(0 0 L * ? *)', 'cron(0 0 ? * 6L 2030)', 'cron(0 12 3W JAN,JUL ? *)'])(
    'accepts %s',
    (expression) => expect(scheduleExpressionProblem(expression)).toBeUndefined(),
  );

  it.each([
    ['rate(1 hours)', 'singular'],
    ['rate(5 hour)', 'plural'],
    ['rate(0 minutes)', 'positive'],
    ['rate(1 week)', 'minute(s), hour(s) or day(s)'],
    ['cron(0 10 * * ?)', '6 fields'],
    ['cron(0 10 * * * *)', '"?" in exactly one'],
    ['cron(0 10 ? * ? *)', '"?" in exactly one'],
    ['cron(60 10 * * ? *)', 'minutes field'],
    ['cron(0 24 * * ? *)', 'hours field'],
    ['cron(0 10 * 13 ? *)', 'month field'],
    ['cron(0 10 ? * 8 *)', 'day-of-week field'],
    ['cron(0 10 * * ? 2200)', 'year field'],
    ['every day', 'expected rate'],
    ['at(2030-01-01T00:00:00)', 'EventBridge Scheduler'],
  ])('refuses %s (%s)', (expression, reason) => expect(scheduleExpressionProblem(expression)).toContain(reason));

  it('allows at() with EventBridge Scheduler', () => expect(scheduleExpressionProblem('at(2030-01-01T00:00:00)', true)).toBeUndefined());
  it('checks Data Pipeline periods and KMS aliases', () => {
    expect(periodProblem('15 minutes')).toBeUndefined();
    expect(periodProblem('1 days')).toBeUndefined();
    expect(periodProblem('3 years')).toBeUndefined();
    expect(periodProblem('daily')).toContain('expected');
    expect(aliasProblem('alias/data-lake')).toBeUndefined();
    expect(aliasProblem('data-lake')).toContain('alias/');
  });
});

function pipelineOf(...kinds: string[]): Pipeline {
  const p = emptyPipeline();
  kinds.forEach((kind, i) => p.nodes.push({ id: `n${i}`, kind, label: `${kind} ${i}`, position: { x: i * 250, y: 0 }, config: MINE[kind]!.config.parse({}) as Record<string, unknown> }));
  return p;
}

describe('connections between these kinds (checkConnection)', () => {
  it.each([
    ['schedule', 'step-functions', 'control', 'starts', 'start'],
    ['schedule', 'glue-etl-job', 'control', 'starts', 'start'],
    ['schedule', 'lambda', 'control', 'starts', 'start'],
    ['schedule', 'batch-job', 'control', 'starts', 'start'],
    ['step-functions', 'glue-etl-job', 'control', 'starts', 'start'],
    ['step-functions', 'batch-job', 'control', 'starts', 'start'],
    ['step-functions', 'lambda', 'control', 'starts', 'start'],
    ['step-functions', 'emr-cluster', 'control', 'starts', 'start'],
    ['step-functions', 'sagemaker', 'control', 'starts', 'start'],
    ['data-pipeline', 'emr-cluster', 'control', 'starts', 'start'],
    ['kms-key', 'sagemaker', 'metadata', 'key', 'key'],
    ['kms-key', 'glue-etl-job', 'metadata', 'key', 'key'],
    ['sagemaker', 'vpc-endpoint', 'data', 'artifacts', 'from-vpc'],
    ['vpc-endpoint', 'sagemaker', 'data', 'to-vpc', 'objects'],
    ['glue-etl-job', 'vpc-endpoint', 'data', 'objects', 'from-vpc'],
    ['vpc-endpoint', 'lambda', 'data', 'to-vpc', 'objects'],
    ['emr-cluster', 'vpc-endpoint', 'data', 'objects', 'from-vpc'],
  ])('allows %s → %s (%s, %s → %s)', (source, target, edgeKind, sourcePort, targetPort) => {
    expect(checkConnection(pipelineOf(source, target), { source: 'n0', target: 'n1' })).toMatchObject({ ok: true, edgeKind, sourcePort, targetPort });
  });

  it.each([
    ['schedule', 'emr-cluster'],
    ['schedule', 'sagemaker'],
    ['data-pipeline', 'glue-etl-job'],
    ['kms-key', 'lambda'],
    ['kms-key', 'step-functions'],
    ['lambda', 'glue-etl-job'],
    ['glue-etl-job', 'batch-job'],
    ['step-functions', 'kms-key'],
    ['vpc-endpoint', 'step-functions'],
  ])('refuses %s → %s', (source, target) => {
    expect(checkConnection(pipelineOf(source, target), { source: 'n0', target: 'n1' })).toMatchObject({ ok: false });
  });

  it('lets a Step Functions workflow start another, and refuses a duplicate start edge', () => {
    const p = pipelineOf('step-functions', 'step-functions');
    expect(checkConnection(p, { source: 'n0', target: 'n1' })).toMatchObject({ ok: true, via: 'Nested workflow (states:startExecution)' });
    p.edges.push({ id: 'e1', source: 'n0', target: 'n1' });
    expect(checkConnection(p, { source: 'n0', target: 'n1' })).toEqual({ ok: false, reason: 'step-functions 0 is already connected to step-functions 1' });
  });
});

/** The edge kind these kinds' own ports allow from `source` to `target`: my output's `only` and/or my input's `accepts`. */
function mySide(source: string, target: string): EdgeKind | undefined {
  const outputs = MINE[source]?.outputs.filter((o) => !o.only || o.only.includes(target));
  const inputs = MINE[target]?.inputs.filter((i) => i.accepts && Object.hasOwn(i.accepts, source));
  const kinds = (outputs ?? inputs ?? []).map((p) => p.edgeKind).filter((k) => !inputs || inputs.some((i) => i.edgeKind === k));
  return kinds[0];
}

describe('edges of the reference pipelines that touch these kinds (their side)', () => {
  it.each([
    ['kinesis-analytics', 'lambda', 'data'],
    ['kinesis-video-stream', 'rekognition-video', 'data'],
    ['kinesis-video-stream', 'sagemaker', 'data'],
    ['rekognition-video', 'kinesis-data-stream', 'data'],
    ['sagemaker', 'kinesis-data-stream', 'data'],
    ['kinesis-data-stream', 'lambda', 'data'],
    ['lambda', 'dynamodb-table', 'data'],
    ['step-functions', 'glue-crawler', 'control'],
    ['s3-bucket', 'glue-etl-job', 'data'],
    ['glue-data-catalog', 'glue-etl-job', 'metadata'],
    ['glue-etl-job', 's3-bucket', 'data'],
    ['s3-bucket', 'emr-cluster', 'data'],
    ['s3-bucket', 'sagemaker', 'data'],
    ['s3-bucket', 'vpc-endpoint', 'data'],
    ['vpc-endpoint', 's3-bucket', 'data'],
    ['kms-key', 's3-bucket', 'metadata'],
  ])('%s → %s (%s)', (source, target, edgeKind) => expect(mySide(source, target)).toBe(edgeKind));

  it('keeps a stream processor to one video stream and one output', () => {
    expect(rekognitionVideo.inputs.find((p) => p.id === 'video')).toMatchObject({ max: 1 });
    expect(rekognitionVideo.outputs.find((p) => p.id === 'results')).toMatchObject({ max: 1, only: ['kinesis-data-stream', 's3-bucket'] });
  });
});
