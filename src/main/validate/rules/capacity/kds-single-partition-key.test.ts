import { describe, expect, it } from 'vitest';
import { kdsSinglePartitionKey } from './kds-single-partition-key';
import { applyFix, findingsOf, pipelineOf } from '../testing';

const keyed = (recordsPerSecond: number) =>
  pipelineOf(
    [
      { id: 'apps', kind: 'app-producer', label: 'Apps', config: { recordsPerSecond, recordSizeBytes: 100 } },
      { id: 'kds', kind: 'kinesis-data-stream', label: 'Events', config: { capacity: { mode: 'provisioned', shardCount: 5 }, partitionKeyStrategy: 'single-key' } },
    ],
    [['apps', 'kds']],
  );

describe('PW408 kds-single-partition-key', () => {
  it('flags one partition key for more than one shard of writes, whatever the shard count; the fix keys by source', () => {
    const p = keyed(3_000);
    const findings = findingsOf(kdsSinglePartitionKey, p);
    expect(findings).toEqual([
      {
        code: 'PW408',
        severity: 'error',
        message:
          'Events: one partition key sends all 0.29 MiB/s and 3,000 records/s of its peak to a single shard, ' +
          "which takes 1 MiB/s or 1,000 records/s whatever the stream's capacity: the rest is throttled",
        nodeId: 'kds',
        path: ['partitionKeyStrategy'],
        fix: { label: 'Use one partition key per source', operations: [{ op: 'set-config', nodeId: 'kds', path: ['partitionKeyStrategy'], value: 'per-source' }] },
      },
    ]);
    expect(findingsOf(kdsSinglePartitionKey, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes a single key for a workload one shard takes', () => {
    expect(findingsOf(kdsSinglePartitionKey, keyed(1_000))).toEqual([]);
  });
});
