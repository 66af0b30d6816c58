import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/catalog/registry';
import type { NodeStats } from '../../../shared/model/simulation-result';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { simulate } from '../engine';
import { athenaQueriesUsd, glueRunUsd } from './requests';
import { monthlySums } from './s3-bucket';
import { dailyStorage, earlyDeletionUsd, lifecyclePlan } from './s3-storage';
import { firehoseCost, kinesisStreamCost } from './streaming';
import { projectCost } from './project';

const GIB = 1_073_741_824;
const MONTH_S = 730 * 3_600;
const DAYS_PER_MONTH = 730 / 24;

const stats = (over: Partial<NodeStats>): NodeStats => ({
  nodeId: 'n', kind: 'x', recordsIn: 0, bytesIn: 0, recordsOut: 0, bytesOut: 0, recordsThrottled: 0, recordsDropped: 0, recordsBuffered: 0, recordsLost: 0,
  objectsWritten: 0, objectBytes: null, bufferLatencySeconds: null, endToEndLatencySeconds: null, bytesStored: 0, ...over,
});
const rule = (transitions: { days: number; storageClass: string }[], expirationDays: number | null) =>
  KINDS['s3-bucket'].config.parse({ lifecycleRules: [{ id: 'r', transitions, expirationDays }] }).lifecycleRules;

describe('cost model', () => {
  it('a 2-shard provisioned stream for 730 h costs 2 × 730 × $0.015 in shard-hours', () => {
    const config = KINDS['kinesis-data-stream'].config.parse({ capacity: { mode: 'provisioned', shardCount: 2 } });
    const cost = kinesisStreamCost({ config, stats: stats({}), runSeconds: MONTH_S, simulatedSeconds: MONTH_S });
    expect(cost.costUsd).toBeCloseTo(2 * 730 * 0.015, 9); // $21.90
    expect(cost.costUsdPerMonth).toBeCloseTo(21.9, 9);
  });

  it('bills each PUT payload unit of 25 KiB started: 30 KiB records are 2 units', () => {
    const config = KINDS['kinesis-data-stream'].config.parse({ capacity: { mode: 'provisioned', shardCount: 1 } });
    const run = kinesisStreamCost({ config, stats: stats({ recordsIn: 1_000_000, bytesIn: 1_000_000 * 30 * 1_024 }), runSeconds: 3_600, simulatedSeconds: 3_600 });
    // 1 shard-hour + 2 million units × $0.014 per million.
    expect(run.costUsd).toBeCloseTo(0.015 + 2 * 0.014, 9);
  });

  it('Firehose: 1,000 records/s of 1 KB for a month are billed as 5 KB each', () => {
    const records = 1_000 * MONTH_S; // 2,628,000,000
    const config = KINDS['kinesis-firehose'].config.parse({});
    const cost = firehoseCost({ config, stats: stats({ recordsIn: records, bytesIn: records * 1_024 }), runSeconds: MONTH_S, simulatedSeconds: MONTH_S });
    const expected = ((records * 5_120) / GIB) * 0.029; // 12,531.0 GB × $0.029 ≈ $363.40
    expect(cost.costUsd).toBeCloseTo(expected, 6);
    expect(cost.costUsd).toBeGreaterThan(363);
    expect(cost.costUsdPerMonth).toBeCloseTo(expected, 6);
  });

  it('S3 Standard → IA at 30 → Glacier Flexible at 90, expiry 120: GB-days per class, and 60 days of Glacier minimum billed', () => {
    const plan = lifecyclePlan('Standard', rule([{ days: 30, storageClass: 'Standard-IA' }, { days: 90, storageClass: 'Glacier Flexible Retrieval' }], 120));
    expect(plan.segments.map((s) => [s.storageClass, s.toDay - s.fromDay])).toEqual([['Standard', 30], ['Standard-IA', 60], ['Glacier Flexible Retrieval', 30]]);
    // 1 GB a day: in steady state (day 200) 30 GB in Standard, 60 in IA, 30 in Glacier.
    const daily = dailyStorage(plan, GIB, 1, 201);
    expect([daily.bytesByClass.Standard![200], daily.bytesByClass['Standard-IA']![200], daily.bytesByClass['Glacier Flexible Retrieval']![200]]).toEqual([30 * GIB, 60 * GIB, 30 * GIB]);
    // The minimum counts from entering the class: 30 days in Glacier, 90 required → 60 GB-days more.
    expect(earlyDeletionUsd(plan, GIB)).toBeCloseTo((60 * 0.0036) / DAYS_PER_MONTH, 12);
  });

  it('S3: no early-deletion charge when every class is kept its minimum (expiry at 180)', () => {
    const plan = lifecyclePlan('Standard', rule([{ days: 30, storageClass: 'Standard-IA' }, { days: 90, storageClass: 'Glacier Flexible Retrieval' }], 180));
    expect(earlyDeletionUsd(plan, GIB)).toBe(0);
  });

  it('S3: Glacier at 30 and expiry at 60 bills the 60 missing days of the 90-day minimum', () => {
    const plan = lifecyclePlan('Standard', rule([{ days: 30, storageClass: 'Glacier Flexible Retrieval' }], 60));
    expect(earlyDeletionUsd(plan, 10 * GIB)).toBeCloseTo((10 * 60 * 0.0036) / DAYS_PER_MONTH, 12);
  });

  it('Glue: a 10-DPU run of 5 minutes is billed per second; a 20 s run is billed the 1-minute minimum', () => {
    expect(glueRunUsd(10, 300)).toBeCloseTo(10 * (300 / 3_600) * 0.44, 12); // $0.3667
    expect(glueRunUsd(10, 20)).toBeCloseTo(10 * (60 / 3_600) * 0.44, 12); // $0.0733, not $0.0244
  });

  it('Athena: 1,000 queries of 1 MB are billed 10 MB each', () => {
    expect(athenaQueriesUsd(1_000, 1_048_576)).toBeCloseTo(((1_000 * 10 * 1_048_576) / 1_099_511_627_776) * 5, 12); // $0.0477
    expect(athenaQueriesUsd(1, 11.5 * 1_048_576)).toBeCloseTo(((12 * 1_048_576) / 1_099_511_627_776) * 5, 12);
  });

  it('months of 730 h share the days that straddle them', () => {
    const sums = monthlySums(new Float64Array(61).fill(1), 2);
    expect(sums[0]).toBeCloseTo(DAYS_PER_MONTH, 9);
    expect(sums[1]).toBeCloseTo(DAYS_PER_MONTH, 9);
  });
});

describe('costs in a simulation result', () => {
  const pipeline = clickstreamPipeline({ bucket: { lifecycleRules: [{ id: 'r', enabled: true, prefix: '', tags: [], transitions: [{ days: 30, storageClass: 'Standard-IA' }], expirationDays: 365, noncurrentVersionExpirationDays: null, abortIncompleteMultipartUploadDays: 7 }] } });
  pipeline.simulation.durationSeconds = 600;
  const result = simulate(pipeline);
  if (result === 'stopped') throw new Error('stopped');

  it('prices every node; the monthly total is the sum of the priced nodes; counts still balance', () => {
    const byNode = result.costUsdPerMonth!.byNode;
    for (const n of result.nodes) {
      expect(n.costUsd, n.nodeId).not.toBeUndefined();
      expect(n.recordsIn).toBe(n.recordsOut + n.recordsThrottled + n.recordsDropped + (n.recordsLost ?? 0) + n.recordsBuffered);
    }
    expect(result.costUsdPerMonth!.total).toBeCloseTo(Object.values(byNode).reduce<number>((a, b) => a + (b ?? 0), 0), 9);
    expect(byNode['firehose-1']).toBeGreaterThan(0);
    expect(byNode['bucket-1']).toBeGreaterThan(0);
  });

  it('projects 36 months: bucket storage levels off at expiry and cumulative cost only grows', () => {
    const p = projectCost(pipeline, result, 36);
    expect(p.days).toBe(Math.ceil(36 * DAYS_PER_MONTH));
    const ia = p.storage['bucket-1']!['Standard-IA']!;
    const standard = p.storage['bucket-1']!.Standard!;
    expect(ia[400]).toBe(ia[1_000]); // steady after expiry at 365 days: 335 days of ingest in IA
    expect(ia[1_000]! / standard[1_000]!).toBeCloseTo(335 / 30, 9);
    p.cumulativeUsd.forEach((c, i) => i > 0 && expect(c).toBeGreaterThan(p.cumulativeUsd[i - 1]!));
    expect(p.monthlyUsd[0]).toBeCloseTo(result.costUsdPerMonth!.total, 6);
    expect(() => projectCost(pipeline, result, 37)).toThrow(RangeError);
  });
});
