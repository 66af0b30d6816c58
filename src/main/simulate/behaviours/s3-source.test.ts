import { describe, expect, it } from 'vitest';
import { KINDS, type KindId } from '../../../shared/catalog/registry';
import { S3_REQUEST_PRICES } from '../../../shared/catalog/prices/s3';
import { TEMPLATES } from '../../../shared/templates';
import { simulate } from '../engine';
import { S3_READS } from './s3-readers';
import { balances, runChain, statsOf, type TestNode } from './testing';

// 10 records/s of 1,000 bytes, one cohort a second; Firehose delivers every 240 s (the buffer
// opens with a cohort and its timer fires before the next cohort at the same second): objects of
// 2,400 records at 240, 480, … s.
const producer: TestNode = { id: 'app', kind: 'app-producer', config: { recordsPerSecond: 10, recordSizeBytes: 1_000, recordSizeSpreadPercent: 0 } };
const firehose: TestNode = { id: 'fh', kind: 'kinesis-firehose', config: { bufferIntervalSeconds: 240, bufferSizeMiB: 128 } };
const bucket: TestNode = { id: 'lake', kind: 's3-bucket', config: { readsPerDay: 0 } };
const lambda: TestNode = { id: 'fn', kind: 'lambda' };

describe('an S3 bucket as a source', () => {
  it('Firehose → S3 → Glue job hourly over 24 h: each run takes the objects landed since the previous one', () => {
    const glue: TestNode = { id: 'etl', kind: 'glue-etl-job', config: { trigger: { type: 'scheduled', cron: 'cron(30 * * * ? *)' } } };
    const result = runChain([producer, firehose, bucket, glue], { durationSeconds: 86_400, resolutionSeconds: 1 });
    const etl = statsOf(result, 'etl');
    // 864,000 records reach the lake (360 objects). Runs at 00:30 … 23:30; the last (84,600 s) takes
    // the 352 objects landed by 84,480 s; the 8 objects after it wait for a run that never comes.
    expect(statsOf(result, 'fh').recordsOut).toBe(864_000);
    expect(etl).toMatchObject({ recordsIn: 864_000, recordsOut: 352 * 2_400, recordsBuffered: 8 * 2_400, usage: { runs: 24 } });
    expect(etl.endToEndLatencySeconds).not.toBeNull();
    // The lake stores each object once and hands a copy to the job: in and out count both.
    const lake = statsOf(result, 'lake');
    expect(lake).toMatchObject({ recordsIn: 2 * 864_000, recordsOut: 2 * 864_000, objectsWritten: 360, bytesStored: 864_000_000, metered: { gets: 360 } });
    for (const stats of result.nodes) expect(balances(stats), stats.nodeId).toBe(true);
  });

  it('S3 → Lambda: one notification, so one invocation, per object landed', () => {
    const result = runChain([producer, firehose, bucket, lambda], { durationSeconds: 3_600, resolutionSeconds: 1 });
    const fn = statsOf(result, 'fn');
    expect(fn).toMatchObject({ recordsIn: 36_000, recordsOut: 36_000, metered: { invocations: 15 } });
    expect(statsOf(result, 'lake').objectsWritten).toBe(15);
    // Latency through the function: produced 0–239 s before the object landed, plus the object's invocation.
    expect(fn.endToEndLatencySeconds!.max).toBe(240);
    for (const stats of result.nodes) expect(balances(stats), stats.nodeId).toBe(true);
  });

  it('a function writing into the bucket that notifies it is not invoked again by its own objects', () => {
    const edges: [string, string][] = [['app', 'fh'], ['fh', 'lake'], ['lake', 'fn'], ['fn', 'lake']];
    const result = runChain([producer, firehose, bucket, lambda], { durationSeconds: 3_600, resolutionSeconds: 1 }, {}, edges);
    expect(statsOf(result, 'fn').metered).toEqual({ invocations: 15 });
    // Firehose's 15 objects and the function's 15 copies are stored; only the first 15 were handed on.
    expect(statsOf(result, 'lake')).toMatchObject({ objectsWritten: 30, metered: { gets: 15 } });
    expect(result.notes.some((n) => n.startsWith('lake: objects written back by node "fn" are not handed again to node "fn"'))).toBe(true);
    for (const stats of result.nodes) expect(balances(stats), stats.nodeId).toBe(true);
  });

  it('Athena reads in place: nothing is handed to it, and the bucket stays one copy in, one out', () => {
    const result = runChain([producer, firehose, bucket, { id: 'q', kind: 'athena' }], { durationSeconds: 3_600, resolutionSeconds: 1 });
    expect(statsOf(result, 'q').recordsIn).toBe(0);
    expect(statsOf(result, 'lake')).toMatchObject({ recordsIn: 36_000, recordsOut: 36_000 });
    expect(statsOf(result, 'lake').metered).toBeUndefined();
  });

  it('Redshift with Spectrum and a SageMaker endpoint read in place; Redshift without Spectrum COPYs each object', () => {
    const targets: TestNode[] = [
      { id: 'spectrum', kind: 'redshift', config: { spectrum: { enabled: true, externalSchema: 'spectrum' } } },
      { id: 'copy', kind: 'redshift' },
      { id: 'endpoint', kind: 'sagemaker', config: { workload: { mode: 'endpoint' } } },
    ];
    const edges: [string, string][] = [['app', 'fh'], ['fh', 'lake'], ...targets.map((t): [string, string] => ['lake', t.id])];
    const result = runChain([producer, firehose, bucket, ...targets], { durationSeconds: 3_600, resolutionSeconds: 1 }, {}, edges);
    expect(statsOf(result, 'spectrum').recordsIn).toBe(0);
    expect(statsOf(result, 'endpoint').recordsIn).toBe(0);
    expect(statsOf(result, 'copy')).toMatchObject({ recordsIn: 36_000, bytesStored: 36_000_000 });
    expect(statsOf(result, 'lake').metered).toEqual({ gets: 15 });
  });

  it('prices one GET per object handed to a reader, on top of the Reads setting, and stores each object once', () => {
    const settings = { durationSeconds: 3_600, resolutionSeconds: 1 };
    // A Redshift COPY loads on arrival, so the run ends when it would alone: storage costs the same.
    const alone = statsOf(runChain([producer, firehose, bucket], settings), 'lake');
    const read = statsOf(runChain([producer, firehose, bucket, { id: 'dw', kind: 'redshift' }], settings), 'lake');
    expect(read.bytesStored).toBe(alone.bytesStored);
    expect(read.costUsd! - alone.costUsd!).toBeCloseTo((15 / 1_000) * S3_REQUEST_PRICES.Standard!.get.value, 12);
  });

  it('knows how every kind fed by a bucket reads it', () => {
    const fedByS3 = (Object.keys(KINDS) as KindId[]).filter((kind) => KINDS[kind].inputs.some((port) => port.edgeKind === 'data' && port.accepts !== undefined && 's3-bucket' in port.accepts));
    expect(Object.keys(S3_READS).sort()).toEqual(fedByS3.sort());
  });

  it('the data lake template: the nightly Glue job reads the raw bucket, and orders reach the reports through it', () => {
    const pipeline = TEMPLATES.find((t) => t.id === 'data-lake')!.build();
    // The nightly workflow starts the crawler, the Glue job and the report job at 02:00.
    pipeline.simulation.durationSeconds = 3 * 3_600;
    const result = simulate(pipeline);
    if (result === 'stopped') throw new Error('stopped');
    const etl = result.nodes.find((n) => n.nodeId === 'batch-etl')!;
    const dms = result.nodes.find((n) => n.nodeId === 'batch-dms')!;
    // Everything DMS wrote to the raw zone reaches the job; what landed before 02:00 is processed.
    expect(etl.recordsIn).toBeGreaterThanOrEqual(dms.recordsOut);
    expect(etl.recordsOut).toBeGreaterThan(0);
    expect(etl.endToEndLatencySeconds).not.toBeNull();
    const orders = result.paths?.find((p) => p.sourceId === 'batch-orders-db' && p.sinkId === 'batch-reports');
    expect(orders?.records).toBeGreaterThan(0);
    expect(orders!.latencySeconds.max).toBeGreaterThan(0);
    for (const stats of result.nodes) expect(balances(stats), stats.nodeId).toBe(true);
  });
});
