import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { kdsOnDemandSteadyWorkload } from './kds-on-demand-steady-workload';

const onDemand = (source: 'app-producer' | 'lambda') =>
  pipelineOf(
    [
      { id: 'src', kind: source, label: 'Apps', config: source === 'app-producer' ? { recordsPerSecond: 10, recordSizeBytes: 1_024 } : {} },
      { id: 'kds', kind: 'kinesis-data-stream', label: 'Events', config: { capacity: { mode: 'on-demand' } } },
      { id: 'fn', kind: 'lambda', label: 'Handler' },
    ],
    [['src', 'kds'], ['kds', 'fn']],
  );

describe('PW702 kds-on-demand-steady-workload', () => {
  it('notes an on-demand stream a provisioned shard would carry for less, with both monthly prices; the fix provisions it', () => {
    const p = onDemand('app-producer');
    const findings = findingsOf(kdsOnDemandSteadyWorkload, p);
    // On-demand: 730 h × $0.04 + 25.06 GiB in × $0.08 + 25.06 GiB out × $0.04 = $32.21.
    // Provisioned: 730 h × $0.015 + 26.28 M PUT units × $0.014/M = $11.32.
    expect(findings).toEqual([
      {
        code: 'PW702',
        severity: 'info',
        message:
          'Events: on-demand costs about $32.21/month for its declared workload; 1 provisioned shard would carry its peak for about $11.32/month ($20.89 less). ' +
          'On-demand pays off for unpredictable traffic, not for a known one',
        nodeId: 'kds',
        path: ['capacity'],
        fix: { label: 'Switch to provisioned with 1 shard', operations: [{ op: 'set-config', nodeId: 'kds', path: ['capacity'], value: { mode: 'provisioned', shardCount: 1 } }] },
      },
    ]);
    expect(findingsOf(kdsOnDemandSteadyWorkload, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes a stream whose workload is not fully known', () => {
    expect(findingsOf(kdsOnDemandSteadyWorkload, onDemand('lambda'))).toEqual([]);
  });
});
