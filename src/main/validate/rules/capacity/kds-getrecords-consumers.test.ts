import { describe, expect, it } from 'vitest';
import { kdsGetRecordsConsumers } from './kds-getrecords-consumers';
import { applyFix, findingsOf, pipelineOf, type TestNode } from '../testing';

const withConsumers = (consumers: TestNode[], stream: Record<string, unknown> = {}) =>
  pipelineOf([{ id: 'kds', kind: 'kinesis-data-stream', label: 'Events', config: stream }, ...consumers], consumers.map((c) => ['kds', c.id] as const));
const lambdas = (n: number): TestNode[] => Array.from({ length: n }, (_, i) => ({ id: `fn${i + 1}`, kind: 'lambda', label: `Function ${i + 1}` }));

describe('PW402 kds-getrecords-consumers', () => {
  it('flags a sixth classic consumer; the fix registers one for enhanced fan-out', () => {
    const p = withConsumers(lambdas(6));
    const findings = findingsOf(kdsGetRecordsConsumers, p);
    expect(findings).toEqual([
      {
        code: 'PW402',
        severity: 'warning',
        message:
          'Events: 6 classic consumers poll each shard, but a shard serves 5 GetRecords calls/s shared by all of them: ' +
          'polling every 1 second, more than 5 are throttled and fall behind',
        nodeId: 'kds',
        path: ['enhancedFanOutConsumers'],
        fix: { label: 'Use enhanced fan-out for 1 consumer', operations: [{ op: 'set-config', nodeId: 'kds', path: ['enhancedFanOutConsumers'], value: [{ name: 'Function-1' }] }] },
      },
    ]);
    expect(findingsOf(kdsGetRecordsConsumers, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('offers no fix when the consumers cannot use enhanced fan-out (Firehose)', () => {
    const firehoses: TestNode[] = Array.from({ length: 6 }, (_, i) => ({ id: `fh${i}`, kind: 'kinesis-firehose', label: `Delivery ${i}` }));
    const [finding] = findingsOf(kdsGetRecordsConsumers, withConsumers(firehoses));
    expect(finding).toMatchObject({ code: 'PW402', nodeId: 'kds' });
    expect(finding?.fix).toBeUndefined();
  });

  it('passes five classic consumers, or six when one is registered for enhanced fan-out', () => {
    expect(findingsOf(kdsGetRecordsConsumers, withConsumers(lambdas(5)))).toEqual([]);
    expect(findingsOf(kdsGetRecordsConsumers, withConsumers(lambdas(6), { enhancedFanOutConsumers: [{ name: 'alerts' }] }))).toEqual([]);
  });
});
