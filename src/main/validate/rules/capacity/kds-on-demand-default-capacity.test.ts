import { describe, expect, it } from 'vitest';
import { kdsOnDemandDefaultCapacity } from './kds-on-demand-default-capacity';
import { applyFix, findingsOf, pipelineOf } from '../testing';

const onDemand = (recordsPerSecond: number, consumers = 0) =>
  pipelineOf(
    [
      { id: 'apps', kind: 'app-producer', label: 'Apps', config: { recordsPerSecond, recordSizeBytes: 1_024 } },
      { id: 'kds', kind: 'kinesis-data-stream', label: 'Events', config: { capacity: { mode: 'on-demand' } } },
      ...Array.from({ length: consumers }, (_, i) => ({ id: `fn${i}`, kind: 'lambda' as const })),
    ],
    [['apps', 'kds'], ...Array.from({ length: consumers }, (_, i) => ['kds', `fn${i}`] as const)],
  );

describe('PW403 kds-on-demand-default-capacity', () => {
  it('warns when the peak is above the capacity a new on-demand stream starts with; the fix provisions shards', () => {
    const p = onDemand(5_000);
    const findings = findingsOf(kdsOnDemandDefaultCapacity, p);
    expect(findings).toEqual([
      {
        code: 'PW403',
        severity: 'warning',
        message:
          'Events: its peak of 4.88 MiB/s in (starts at 4 MiB/s) and 5,000 records/s (starts at 4,000) is above what a new on-demand stream can take: ' +
          'it is throttled until on-demand has scaled to the traffic (capacity follows the peak of the last 30 days), and again whenever traffic jumps past twice that peak',
        nodeId: 'kds',
        path: ['capacity'],
        fix: { label: 'Switch to provisioned with 5 shards', operations: [{ op: 'set-config', nodeId: 'kds', path: ['capacity'], value: { mode: 'provisioned', shardCount: 5 } }] },
      },
    ]);
    expect(findingsOf(kdsOnDemandDefaultCapacity, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('counts the reads of classic consumers against the 8 MiB/s starting read capacity', () => {
    const [finding] = findingsOf(kdsOnDemandDefaultCapacity, onDemand(3_000, 3));
    expect(finding?.message).toMatch(/^Events: its peak of 8\.79 MiB\/s read by classic consumers \(starts at 8 MiB\/s\) is above/);
  });

  it('passes a workload within the starting capacity', () => {
    expect(findingsOf(kdsOnDemandDefaultCapacity, onDemand(3_000, 2))).toEqual([]);
  });
});
