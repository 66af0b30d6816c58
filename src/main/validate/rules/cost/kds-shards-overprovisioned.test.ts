import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { kdsShardsOverprovisioned } from './kds-shards-overprovisioned';

const provisioned = (shardCount: number, source: 'app-producer' | 'lambda' = 'app-producer') =>
  pipelineOf(
    [
      { id: 'src', kind: source, label: 'Apps', config: source === 'app-producer' ? { recordsPerSecond: 10 } : {} },
      { id: 'kds', kind: 'kinesis-data-stream', label: 'Events', config: { capacity: { mode: 'provisioned', shardCount } } },
    ],
    [['src', 'kds']],
  );

describe('PW703 kds-shards-overprovisioned', () => {
  it('flags more than four times the shards the peak needs, with what the extra cost; the fix sets the need', () => {
    const p = provisioned(10);
    const findings = findingsOf(kdsShardsOverprovisioned, p);
    expect(findings).toEqual([
      {
        code: 'PW703',
        severity: 'warning',
        message: 'Events: 10 shards for a peak workload that 1 shard carries: the 9 extra cost about $98.55/month',
        nodeId: 'kds',
        path: ['capacity', 'shardCount'],
        fix: { label: 'Set shards to 1', operations: [{ op: 'set-config', nodeId: 'kds', path: ['capacity', 'shardCount'], value: 1 }] },
      },
    ]);
    expect(findingsOf(kdsShardsOverprovisioned, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes headroom up to four times, and streams whose input is not fully known', () => {
    expect(findingsOf(kdsShardsOverprovisioned, provisioned(4))).toEqual([]);
    expect(findingsOf(kdsShardsOverprovisioned, provisioned(10, 'lambda'))).toEqual([]);
  });
});
