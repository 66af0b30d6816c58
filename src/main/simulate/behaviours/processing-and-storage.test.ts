import { describe, expect, it } from 'vitest';
import { DATASYNC_LIMITS_TABLE as DS } from '../../../shared/catalog/limits/datasync';
import { DYNAMODB_LIMITS_TABLE as D } from '../../../shared/catalog/limits/dynamodb';
import { KINESIS_VIDEO_LIMITS_TABLE as KV } from '../../../shared/catalog/limits/kinesis-video-streams';
import { GLUE_PRICES as G } from '../../../shared/catalog/prices/glue';
import { STEP_FUNCTIONS_PRICES as S } from '../../../shared/catalog/prices/step-functions';
import { TEMPLATES } from '../../../shared/templates';
import { simulate } from '../engine';
import { cronTimes } from './cron';
import { balances, runChain, statsOf } from './testing';

const producer = (recordsPerSecond: number, recordSizeBytes: number) => ({ id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond, recordSizeBytes, recordSizeSpreadPercent: 0 } });
const table = (writeCapacityUnits: number) => ({ id: 't', kind: 'dynamodb-table' as const, config: { capacity: { mode: 'provisioned', readCapacityUnits: 5, writeCapacityUnits } } });

describe('cron', () => {
  it('reads minutes and hours, and flags day restrictions', () => {
    expect(cronTimes('cron(0 * * * ? *)', 86_400)?.times).toHaveLength(24);
    expect(cronTimes('cron(0/15 2-3 * * ? *)', 86_400)?.times).toEqual([7_200, 8_100, 9_000, 9_900, 10_800, 11_700, 12_600, 13_500]);
    expect(cronTimes('cron(0 3 ? * MON *)', 86_400)?.everyDay).toBe(false);
    expect(cronTimes('rate(5 minutes)', 86_400)).toBeUndefined();
  });
});

describe('glue-etl-job', () => {
  it('10 DPUs, 5 minutes every hour for 24 h: 24 runs, 20 DPU-hours, and each run writes what arrived before it', () => {
    const job = { id: 'g', kind: 'glue-etl-job' as const, config: { capacity: { mode: 'workers', workerType: 'G.1X', numberOfWorkers: 10, autoScaling: false }, trigger: { type: 'scheduled', cron: 'cron(0 * * * ? *)' }, runMinutes: 5 } };
    const result = runChain([producer(1, 1_000), job, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 86_400, resolutionSeconds: 1 });
    const g = statsOf(result, 'g');
    // 24 runs × 10 DPU × 300 s = 72,000 DPU-s = 20 DPU-hours (each run over the 60 s minimum).
    expect(g.usage).toMatchObject({ runs: 24, dpuSeconds: 72_000, billedDpuSeconds: 72_000 });
    expect(g.costUsd).toBeCloseTo(20 * G.etlDpuHour.value, 9);
    // The producer's 86,400 records: those of the last hour (after the 23:00 run started) stay buffered.
    expect(g).toMatchObject({ recordsIn: 86_400, recordsOut: 82_800, recordsBuffered: 3_600 });
    expect(statsOf(result, 'b')).toMatchObject({ recordsIn: 82_800, objectsWritten: 24 });
    expect(balances(g)).toBe(true);
    expect(result.events.find((e) => e.nodeId === 'g' && e.type === 'job-run')?.t).toBe(0);
  });

  it('bills the per-run minimum for short runs, and does not run on demand', () => {
    const short = { id: 'g', kind: 'glue-etl-job' as const, config: { capacity: { mode: 'workers', workerType: 'G.2X', numberOfWorkers: 1, autoScaling: false }, trigger: { type: 'scheduled', cron: 'cron(0 0 * * ? *)' }, runMinutes: 0.5 } };
    // One run at 00:00 of 2 DPU (one G.2X worker) for 30 s: billed for the 60 s minimum.
    const g = statsOf(runChain([short], { durationSeconds: 3_600 }), 'g');
    expect(g.usage).toMatchObject({ runs: 1, dpuSeconds: 2 * 30, billedDpuSeconds: 2 * G.etlMinimumBilledSeconds.value });
    const idle = runChain([producer(1, 100), { id: 'g', kind: 'glue-etl-job' }], { durationSeconds: 60 });
    expect(statsOf(idle, 'g')).toMatchObject({ recordsIn: 60, recordsBuffered: 60 });
    expect(statsOf(idle, 'g').usage).toBeUndefined();
  });
});

describe('glue-crawler', () => {
  it('counts its scheduled runs: every 6 hours for a day is 4', () => {
    const result = runChain([{ id: 'c', kind: 'glue-crawler', config: { schedule: { mode: 'cron', expression: 'cron(0 0/6 * * ? *)' } } }], { durationSeconds: 86_400, resolutionSeconds: 60 });
    expect(statsOf(result, 'c').usage?.runs).toBe(4);
    expect(statsOf(runChain([{ id: 'c', kind: 'glue-crawler' }], { durationSeconds: 86_400 }), 'c').usage).toBeUndefined();
  });
});

describe('dynamodb-table', () => {
  it('100 WCU fed 150 writes/s of 1 KB: the 300 s burst absorbs 50/s for 600 s, then 50/s throttle', () => {
    const result = runChain([producer(150, 1_000), table(100)], { durationSeconds: 3_600 });
    const t = statsOf(result, 't');
    // Burst bucket = 300 s × 100 WCU = 30,000 units, drained at 150 − 100 = 50/s: empty at 600 s.
    const first = result.events.find((e) => e.nodeId === 't' && e.type === 'first-throttle')!;
    expect(first.t).toBeGreaterThanOrEqual(D.burstCapacitySeconds.value * 100 / 50 - 0.2);
    expect(first.t).toBeLessThanOrEqual(D.burstCapacitySeconds.value * 100 / 50 + 0.2);
    // Taken: 30,000 + 100/s refill up to the last cohort at 3,599.9 s; in 540,000: throttled ≈ 150,010 (± one 15-record cohort).
    expect(t.recordsIn).toBe(540_000);
    expect(Math.abs(t.recordsThrottled - (540_000 - 30_000 - 100 * 3_599.9))).toBeLessThanOrEqual(15);
    expect(balances(t)).toBe(true);
  });

  it('a 1,500 B item takes 2 WCU; on demand takes 150/s without throttling', () => {
    // 100 items/s × 2 units = 200 units/s against 100 WCU: bucket empty at 30,000 / 100 = 300 s, then 50 items/s.
    const t = statsOf(runChain([producer(100, 1_500), table(100)], { durationSeconds: 1_000 }), 't');
    expect(Math.abs(t.recordsOut - (30_000 + 100 * 999.9) / 2)).toBeLessThanOrEqual(10);
    const onDemand = statsOf(runChain([producer(150, 1_000), { id: 't', kind: 'dynamodb-table' }], { durationSeconds: 600 }), 't');
    expect(onDemand).toMatchObject({ recordsIn: 90_000, recordsOut: 90_000, recordsThrottled: 0 });
  });
});

describe('step-functions', () => {
  it('4 states started every minute for 100 minutes: 100 executions, 400 transitions, priced per 1,000', () => {
    const states = ['Pass', 'Pass', 'Pass', 'Succeed'].map((type, i) => ({ type, name: `S${i}` }));
    const result = runChain([{ id: 'tick', kind: 'schedule', config: { expression: 'rate(1 minute)' } }, { id: 'sf', kind: 'step-functions', config: { states } }], { durationSeconds: 6_000 });
    const stats = statsOf(result, 'sf');
    expect(stats.usage).toMatchObject({ executions: 100, stateTransitions: 400 });
    expect(stats.costUsd).toBeCloseTo((400 / 1_000) * S.standardPerThousandTransitions.value, 12);
    // Nothing starts a lone workflow: its cost is unknown rather than 0.
    expect(statsOf(runChain([{ id: 'sf', kind: 'step-functions' }], { durationSeconds: 3_600 }), 'sf').costUsd).toBeNull();
  });
});

describe('datasync', () => {
  it('copies what arrived since the last execution, at the bandwidth limit, on its schedule', () => {
    // 100 files/s of 1 MB for 2 h, hourly at 100 Mbps. The execution at 0 copies the first second's 100 files
    // (8 s); the one at 01:00 the 359,900 files since (359.9 GB × 8 / 10⁸ bit/s = 28,792 s), ending after production
    // stops; the second hour's 360,000 files wait for an execution that the run does not reach.
    const task = { id: 'd', kind: 'datasync' as const, config: { schedule: 'rate(1 hour)', bandwidthLimitMbps: 100 } };
    const result = runChain([producer(100, 1_000_000), task, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 7_200, resolutionSeconds: 1 });
    const d = statsOf(result, 'd');
    expect(d).toMatchObject({ recordsIn: 720_000, recordsOut: 360_000, recordsBuffered: 360_000 });
    expect(statsOf(result, 'b')).toMatchObject({ recordsIn: 360_000, objectsWritten: 2 });
    expect(result.simulatedSeconds).toBeCloseTo(3_600 + (359_900 * 1_000_000 * 8) / 100e6, 6);
    expect(balances(d)).toBe(true);
    // Without a limit a task moves at most the per-task maximum.
    // The 01:00 execution's oldest file (produced at 1 s) lands at 3,600 + 359.9 GB × 8 / 10 Gbps.
    const fast = runChain([producer(100, 1_000_000), { id: 'd', kind: 'datasync' as const, config: { schedule: 'rate(1 hour)' } }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 7_200, resolutionSeconds: 1 });
    expect(statsOf(fast, 'b').endToEndLatencySeconds!.max).toBeCloseTo(3_600 + (359_900 * 1_000_000 * 8) / (DS.taskThroughputMaxGbps.value * 1e9) - 1, 6);
  });
});

describe('kinesis-video-stream', () => {
  it('takes at most the PutMedia bandwidth per camera stream', () => {
    const perStream = (KV.putMediaMbpsPerStream.value * 1e6) / 8;
    // Cameras at the highest bitrate the settings allow fill their streams exactly: nothing throttled.
    const cameras = { id: 'c', kind: 'camera-fleet' as const, config: { cameraCount: 2, bitrateKbps: KV.putMediaMbpsPerStream.value * 1_000 } };
    const full = statsOf(runChain([cameras, { id: 'v', kind: 'kinesis-video-stream' }], { durationSeconds: 10, resolutionSeconds: 1 }), 'v');
    expect(full).toMatchObject({ recordsThrottled: 0, bytesOut: 2 * perStream * 10 });
    // One sender at 3 × the bandwidth (25 fragments/s of 1.5 MB = 37.5 MB/s): 12.5 MB/s is 8 whole fragments a second.
    const over = statsOf(runChain([producer(25, 3 * perStream / 25), { id: 'v', kind: 'kinesis-video-stream' }], { durationSeconds: 10, resolutionSeconds: 1 }), 'v');
    expect(over).toMatchObject({ recordsIn: 250, recordsOut: 80, recordsThrottled: 170 });
    expect(balances(over)).toBe(true);
  });
});

describe('batch-job and emr-cluster', () => {
  it.each(['batch-job', 'emr-cluster'] as const)('%s: without a start signal, its input waits', (kind) => {
    const result = runChain([producer(10, 100), { id: 'j', kind }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 60 });
    expect(statsOf(result, 'j')).toMatchObject({ recordsIn: 600, recordsOut: 0, recordsBuffered: 600 });
    expect(result.notes.some((n) => n.startsWith('j: ') && n.includes('control edge'))).toBe(true);
  });
});

describe('kinesis-analytics', () => {
  it('holds each record until its window closes: mean wait W/2 for steady input', () => {
    // 10 records/s in 0.1 s cohorts, 60 s windows, 120 s: arrivals at 0, 0.1, … wait 60 − (t mod 60), mean 30.05 s.
    const result = runChain([producer(10, 100), { id: 'a', kind: 'kinesis-analytics', config: { windowSeconds: 60 } }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 120 });
    const a = statsOf(result, 'a');
    expect(a).toMatchObject({ recordsIn: 1_200, recordsOut: 1_200, recordsBuffered: 0 });
    expect(a.bufferLatencySeconds!.mean).toBeCloseTo(30.05, 6);
    expect(statsOf(result, 'b').endToEndLatencySeconds!.max).toBeCloseTo(60, 6);
    // Stopped at 90 s (events at 90 s still run): the second window's 301 records (60.0, 60.1, … 90.0 s) are still held.
    const cut = statsOf(runChain([producer(10, 100), { id: 'a', kind: 'kinesis-analytics', config: { windowSeconds: 60 } }], { durationSeconds: 120 }, { untilSeconds: 90 }), 'a');
    expect(cut).toMatchObject({ recordsOut: 600, recordsBuffered: 301 });
    expect(balances(cut)).toBe(true);
  });
});

describe('conservation with processing and storage behaviours', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: every node balances', (_id, template) => {
    const pipeline = template.build();
    pipeline.simulation = { ...pipeline.simulation, durationSeconds: 7_200, resolutionSeconds: 10 };
    const result = simulate(pipeline);
    if (result === 'stopped') throw new Error('stopped');
    for (const s of result.nodes) expect(balances(s), `${s.nodeId}: ${JSON.stringify(s)}`).toBe(true);
  });
});
