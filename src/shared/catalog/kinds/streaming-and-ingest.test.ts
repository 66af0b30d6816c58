import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../model/pipeline';
import { checkConnection } from '../connections';
import type { KindDefinition, PortDefinition } from '../types';
import { cameraFleet } from './camera-fleet';
import { datasync, scheduleProblem } from './datasync';
import { deviceFleet } from './device-fleet';
import { dms } from './dms';
import { iotCore } from './iot-core';
import { kinesisAnalytics } from './kinesis-analytics';
import { kinesisDataStream } from './kinesis-data-stream';
import { kinesisFirehose } from './kinesis-firehose';
import { kinesisVideoStream } from './kinesis-video-stream';
import { onpremDatabase } from './onprem-database';
import { onpremFileshare } from './onprem-fileshare';
import { s3Bucket } from './s3-bucket';

/** The kind ids of the catalog table in the product design (design/product.md). */
const PRODUCT_KIND_IDS = [
  ...['app-producer', 'device-fleet', 'camera-fleet', 'onprem-database', 'onprem-fileshare', 'iot-core', 'datasync', 'dms', 'kinesis-video-stream'],
  ...['kinesis-data-stream', 'kinesis-firehose', 'kinesis-analytics', 'lambda', 'glue-etl-job', 'emr-cluster', 'batch-job', 'sagemaker', 'rekognition-video'],
  ...['s3-bucket', 'redshift', 'rds', 'dynamodb-table', 'opensearch', 'elasticache', 'splunk', 'glue-data-catalog', 'glue-crawler', 'athena', 'quicksight'],
  ...['step-functions', 'data-pipeline', 'schedule', 'kms-key', 'vpc-endpoint'],
];

const MINE: Record<string, KindDefinition> = Object.fromEntries(
  [deviceFleet, cameraFleet, onpremDatabase, onpremFileshare, iotCore, datasync, dms, kinesisVideoStream, kinesisDataStream, kinesisAnalytics, kinesisFirehose].map((k) => [k.id, k]),
);

/** The ports `checkConnection` would pick between two kinds (same matching, without counting edges). */
function portsBetween(source: KindDefinition, targetId: string, target?: KindDefinition): { output: PortDefinition; input?: PortDefinition } | undefined {
  const outputs = source.outputs.filter((o) => !o.only || o.only.includes(targetId));
  if (!target) return outputs[0] && { output: outputs[0] };
  for (const input of target.inputs.filter((i) => i.accepts && Object.hasOwn(i.accepts, source.id))) {
    const output = outputs.find((o) => o.edgeKind === input.edgeKind);
    if (output) return { output, input };
  }
  return undefined;
}

/** The first issue of a failed parse, as "path: message". */
function issueOf(kind: KindDefinition, config: Record<string, unknown>): string {
  const result = kind.config.safeParse(config);
  expect(result.success, JSON.stringify(config)).toBe(false);
  const issue = result.error!.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe.each(Object.values(MINE))('kind $id', (kind) => {
  it('parses its defaults into a config that parses again', () => {
    const defaults = kind.config.parse({});
    expect(kind.config.safeParse(defaults).success).toBe(true);
  });

  it('has an SVG icon, unique port ids, and names only kinds of the product catalog', () => {
    expect(kind.icon).toMatch(/<svg[\s>]/);
    for (const side of [kind.inputs, kind.outputs]) expect(new Set(side.map((p) => p.id)).size).toBe(side.length);
    for (const port of [...kind.inputs, ...kind.outputs]) {
      for (const id of [...Object.keys(port.accepts ?? {}), ...(port.only ?? [])]) expect(PRODUCT_KIND_IDS, `${kind.id}.${port.id} names ${id}`).toContain(id);
      if (port.accepts) expect(kind.inputs).toContain(port);
      if (port.only) expect(kind.outputs).toContain(port);
    }
  });
});

describe('bounds from AWS quotas', () => {
  const cases: [KindDefinition, Record<string, unknown>, string, string][] = [
    [deviceFleet, { messageSizeBytes: 128 * 1024 + 1 }, 'messageSizeBytes', '131072'],
    [deviceFleet, { messagesPerSecondPerDevice: 101 }, 'messagesPerSecondPerDevice', '100'],
    [cameraFleet, { bitrateKbps: 100_001 }, 'bitrateKbps', '100000'],
    [kinesisDataStream, { retentionHours: 23 }, 'retentionHours', '24'],
    [kinesisDataStream, { retentionHours: 8_761 }, 'retentionHours', '8760'],
    [kinesisDataStream, { capacity: { mode: 'provisioned', shardCount: 20_001 } }, 'capacity.shardCount', '20000'],
    [kinesisDataStream, { enhancedFanOutConsumers: Array.from({ length: 21 }, (_, i) => ({ name: `c${i}` })) }, 'enhancedFanOutConsumers', '20'],
    [kinesisVideoStream, { retentionHours: 87_601 }, 'retentionHours', '87600'],
    [kinesisAnalytics, { application: { runtime: 'FLINK', parallelism: 257 } }, 'application.parallelism', '256'],
    [kinesisAnalytics, { application: { runtime: 'FLINK', parallelism: 65, parallelismPerKpu: 1 } }, 'application.parallelism', '64'],
    [kinesisAnalytics, { application: { runtime: 'FLINK', parallelismPerKpu: 9 } }, 'application.parallelismPerKpu', '8'],
    [kinesisAnalytics, { application: { runtime: 'SQL', inAppStreams: 65 } }, 'application.inAppStreams', '64'],
    [kinesisFirehose, { bufferSizeMiB: 129 }, 'bufferSizeMiB', '128'],
    [kinesisFirehose, { lambdaTransform: { enabled: true, functionArn: '', bufferSizeMiB: 0.1, bufferIntervalSeconds: 60 } }, 'lambdaTransform.bufferSizeMiB', '0.2'],
    [kinesisFirehose, { lambdaTransform: { enabled: true, functionArn: '', bufferSizeMiB: 4, bufferIntervalSeconds: 60 } }, 'lambdaTransform.bufferSizeMiB', '3'],
    [kinesisFirehose, { lambdaTransform: { enabled: true, functionArn: '', bufferSizeMiB: 1, bufferIntervalSeconds: 901 } }, 'lambdaTransform.bufferIntervalSeconds', '900'],
    [kinesisFirehose, { retryDurationSeconds: 7_201 }, 'retryDurationSeconds', '7200'],
    [kinesisFirehose, { httpEndpoint: { enabled: true, name: 'x', url: 'http://example.com' } }, 'httpEndpoint.url', 'https://'],
    [datasync, { bandwidthLimitMbps: 10_001 }, 'bandwidthLimitMbps', '10000'],
    [datasync, { schedule: 'rate(30 minutes)' }, 'schedule', '60 minutes'],
    [dms, { allocatedStorageGiB: 30_001 }, 'allocatedStorageGiB', '30000'],
    [dms, { tableMappings: [] }, 'tableMappings', 'selection rule'],
    [iotCore, { rules: [{ name: 'bad-name', sql: "SELECT * FROM 'a'", actions: ['Kinesis'] }] }, 'rules.0.name', 'underscores'],
    [iotCore, { rules: [{ name: 'r', sql: "SELECT * FROM 'a'", actions: [] }] }, 'rules.0.actions', 'at least one action'],
  ];
  it.each(cases.map(([kind, patch, path, bound]) => ({ kind, patch, path, bound, id: kind.id })))('$id rejects $path beyond $bound', ({ kind, patch, path, bound }) => {
    const message = issueOf(kind, { ...kind.config.parse({}), ...patch });
    expect(message.startsWith(`${path}: `), message).toBe(true);
    expect(message).toContain(bound);
  });

  it('accepts the edge values themselves', () => {
    expect(kinesisDataStream.config.safeParse({ retentionHours: 8_760, capacity: { mode: 'on-demand' } }).success).toBe(true);
    expect(kinesisAnalytics.config.safeParse({ application: { runtime: 'FLINK', parallelism: 256, parallelismPerKpu: 4 } }).success).toBe(true);
    expect(kinesisFirehose.config.safeParse({ bufferIntervalSeconds: 0, lambdaTransform: { enabled: true, functionArn: '', bufferSizeMiB: 0.2, bufferIntervalSeconds: 0 } }).success).toBe(true);
    expect(kinesisVideoStream.config.safeParse({ retentionHours: 0 }).success).toBe(true);
    for (const ok of ['', 'rate(1 hour)', 'rate(24 hours)', 'cron(0 2 * * ? *)']) expect(scheduleProblem(ok), ok).toBeUndefined();
    expect(scheduleProblem('every night')).toMatch(/rate\(…\) or a cron\(…\)/);
  });

  it('keeps the existing Firehose settings and their defaults', () => {
    expect(kinesisFirehose.config.parse({})).toMatchObject({ bufferSizeMiB: 5, bufferIntervalSeconds: 300, prefix: '', compression: 'UNCOMPRESSED', recordFormatConversion: { format: 'none' } });
  });
});

describe('connections of the reference pipelines', () => {
  const accepted = (source: KindDefinition, target: KindDefinition) => portsBetween(source, target.id, target);

  it('Analytics reads a stream or (SQL) a Firehose and writes to a stream, a Firehose or Lambda', () => {
    for (const target of ['kinesis-data-stream', 'kinesis-firehose', 'lambda']) expect(portsBetween(kinesisAnalytics, target)?.output.id, target).toBe('records');
    expect(portsBetween(kinesisAnalytics, 's3-bucket')).toBeUndefined();
    // A SQL application reads the delivery stream through its source port, which is not its destination.
    expect(accepted(kinesisFirehose, kinesisAnalytics)?.output.id).toBe('source');
    expect(portsBetween(kinesisVideoStream, 'lambda')).toBeUndefined();
  });

  it('batch layer: database → DMS → S3 and share → DataSync → S3, one source and one target each', () => {
    expect(accepted(onpremDatabase, dms)?.input).toMatchObject({ id: 'rows', max: 1 });
    expect(accepted(dms, s3Bucket)?.output).toMatchObject({ id: 'rows', max: 1 });
    for (const target of ['s3-bucket', 'redshift', 'rds', 'dynamodb-table', 'kinesis-data-stream']) expect(portsBetween(dms, target), target).toBeDefined();
    expect(portsBetween(dms, 'athena')).toBeUndefined();
    expect(accepted(onpremFileshare, datasync)?.input).toMatchObject({ id: 'objects', max: 1 });
    expect(accepted(s3Bucket, datasync)?.input?.id).toBe('objects');
    expect(accepted(datasync, s3Bucket)?.output).toMatchObject({ only: ['s3-bucket'], max: 1 });
    expect(datasync.inputs.find((p) => p.edgeKind === 'control')?.accepts).toHaveProperty('step-functions');
  });

  it('refuses what AWS does not do', () => {
    expect(accepted(deviceFleet, kinesisDataStream)).toBeUndefined(); // devices reach Kinesis through an IoT rule
    expect(portsBetween(iotCore, 'redshift')).toBeUndefined();
    expect(portsBetween(kinesisFirehose, 'lambda')).toBeUndefined();
    expect(accepted(onpremDatabase, datasync)).toBeUndefined();
    expect(accepted(cameraFleet, kinesisDataStream)).toBeUndefined();
  });
});

describe('reference pipelines through checkConnection (registered kinds)', () => {
  /** Draws each edge in turn, as the canvas would, and returns how each was connected. */
  function draw(nodes: Record<string, string>, pairs: [string, string][]): string[] {
    const pipeline = {
      nodes: Object.entries(nodes).map(([id, kind]) => ({ id, kind, label: id, position: { x: 0, y: 0 }, config: {} })),
      edges: [] as Pipeline['edges'],
    } as unknown as Pipeline;
    return pairs.map(([source, target], n) => {
      const check = checkConnection(pipeline, { source, target });
      if (!check.ok) return `${source} → ${target}: ${check.reason}`;
      pipeline.edges.push({ id: `e${n}`, source, target, sourcePort: check.sourcePort, targetPort: check.targetPort });
      return `${source}.${check.sourcePort} → ${target}.${check.targetPort}`;
    });
  }

  it('real-time layer, with the Redshift Firehose staged through a bucket', () => {
    const nodes = {
      devices: 'device-fleet', iot: 'iot-core', stream: 'kinesis-data-stream', analytics: 'kinesis-analytics', alerts: 'lambda',
      toLake: 'kinesis-firehose', lake: 's3-bucket', catalog: 'glue-data-catalog', toWarehouse: 'kinesis-firehose', warehouse: 'redshift', staging: 's3-bucket',
    };
    expect(
      draw(nodes, [
        ['devices', 'iot'], ['iot', 'stream'], ['stream', 'analytics'], ['analytics', 'alerts'],
        ['stream', 'toLake'], ['toLake', 'lake'], ['catalog', 'toLake'],
        ['stream', 'toWarehouse'], ['toWarehouse', 'warehouse'], ['toWarehouse', 'staging'],
      ]),
    ).toEqual([
      'devices.records → iot.records',
      'iot.records → stream.records',
      'stream.records → analytics.records',
      'analytics.records → alerts.records',
      'stream.records → toLake.records',
      'toLake.delivery → lake.objects',
      expect.stringMatching(/^catalog\.\w+ → toLake\.schema$/),
      'stream.records → toWarehouse.records',
      expect.stringMatching(/^toWarehouse\.delivery → warehouse\.\w+$/),
      'toWarehouse.staging → staging.objects',
    ]);
  });

  it('Firehose: Direct PUT in; destination, then staging bucket, then refused; never into a producer', () => {
    const nodes = { app: 'app-producer', fh: 'kinesis-firehose', a: 's3-bucket', b: 's3-bucket', c: 's3-bucket' };
    const lines = draw(nodes, [['app', 'fh'], ['fh', 'a'], ['fh', 'b'], ['fh', 'c'], ['fh', 'app']]);
    expect(lines.slice(0, 3)).toEqual(['app.records → fh.records', 'fh.delivery → a.objects', 'fh.staging → b.objects']);
    expect(lines[3]).toMatch(/exactly one destination/);
    expect(lines[4]).toMatch(/^fh → app: /);
  });

  it('video and batch layers', () => {
    const video = { cameras: 'camera-fleet', video: 'kinesis-video-stream', rekognition: 'rekognition-video', model: 'sagemaker', detections: 'kinesis-data-stream' };
    for (const line of draw(video, [['cameras', 'video'], ['video', 'rekognition'], ['video', 'model'], ['rekognition', 'detections'], ['model', 'detections']])) expect(line).not.toMatch(/:/);
    const batch = { db: 'onprem-database', dms: 'dms', share: 'onprem-fileshare', sync: 'datasync', raw: 's3-bucket', flow: 'step-functions' };
    for (const line of draw(batch, [['db', 'dms'], ['dms', 'raw'], ['share', 'sync'], ['sync', 'raw'], ['flow', 'sync']])) expect(line).not.toMatch(/:/);
  });
});
