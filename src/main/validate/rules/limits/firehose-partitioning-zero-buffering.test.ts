import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';
import { applyFix } from '../wiring/apply-fix.testing';

const pw305 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW305');
const partitioning = { enabled: true, partitionKeys: [] };

describe('PW305 firehose-partitioning-zero-buffering', () => {
  it('refuses zero buffering with dynamic partitioning; the fix restores the default interval', () => {
    const p = clickstreamPipeline({ firehose: { bufferSizeMiB: 64, bufferIntervalSeconds: 0, dynamicPartitioning: partitioning } });
    const [finding] = pw305(p);
    expect(finding).toEqual({
      code: 'PW305',
      severity: 'error',
      nodeId: 'firehose-1',
      path: ['bufferIntervalSeconds'],
      message: 'Clickstream delivery: dynamic partitioning buffers every partition, so zero buffering (a 0 s interval) is not available',
      fix: { label: 'Set the buffer interval to 300 s', operations: [{ op: 'set-config', nodeId: 'firehose-1', path: ['bufferIntervalSeconds'], value: 300 }] },
    });
    expect(pw305(applyFix(p, finding))).toEqual([]);
  });

  it('accepts zero buffering without partitioning', () => {
    expect(pw305(clickstreamPipeline({ firehose: { bufferIntervalSeconds: 0 } }))).toEqual([]);
  });
});
