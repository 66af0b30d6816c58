import { describe, expect, it } from 'vitest';
import { balances, runChain, statsOf } from './testing';

// 4 cameras sending a 2 s fragment each: 2 fragments a second into the video stream.
const cameras = { id: 'c', kind: 'camera-fleet' as const, config: { cameraCount: 4, bitrateKbps: 1_000, fragmentDurationSeconds: 2 } };
const video = { id: 'v', kind: 'kinesis-video-stream' as const };

describe('sagemaker endpoint', () => {
  it('answers instances × inferences per instance per second; the rest is throttled; one result per answer', () => {
    // 2 instances × 0.5/s = 1 answer a second for 2 fragments a second: 60 of 120 answered in 60 s.
    const endpoint = { id: 'm', kind: 'sagemaker' as const, config: { workload: { mode: 'endpoint' }, instanceCount: 2, inferencesPerSecondPerInstance: 0.5, resultSizeBytes: 200 } };
    const result = runChain([cameras, video, endpoint, { id: 'k', kind: 'kinesis-data-stream' }], { durationSeconds: 60, resolutionSeconds: 1 });
    const m = statsOf(result, 'm');
    expect(m).toMatchObject({ recordsIn: 120, recordsOut: 60, recordsThrottled: 60, bytesOut: 60 * 200, utilizationMax: 1 });
    expect(balances(m)).toBe(true);
    expect(statsOf(result, 'k')).toMatchObject({ recordsIn: 60, bytesIn: 12_000 });
    // Peak demand 2× the 2 instances' rate: 4 instances.
    expect(result.bottlenecks?.find((x) => x.nodeId === 'm')?.suggestion).toBe('set endpoint instances to 4');
  });

  it('without a rate it answers everything (noted); job modes wait for a start', () => {
    const open = runChain([cameras, video, { id: 'm', kind: 'sagemaker', config: { workload: { mode: 'endpoint' } } }], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(open, 'm')).toMatchObject({ recordsIn: 120, recordsOut: 120, recordsThrottled: 0 });
    expect(open.notes.some((n) => n.startsWith('m: no inference rate per instance set'))).toBe(true);
    const training = statsOf(runChain([cameras, video, { id: 'm', kind: 'sagemaker' }], { durationSeconds: 60, resolutionSeconds: 1 }), 'm');
    expect(training).toMatchObject({ recordsIn: 120, recordsOut: 0, recordsBuffered: 120 });
  });
});

describe('rekognition-video', () => {
  it('analyses every fragment of its stream and writes one result each', () => {
    const result = runChain([cameras, video, { id: 'r', kind: 'rekognition-video', config: { resultSizeBytes: 500 } }, { id: 'k', kind: 'kinesis-data-stream' }], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(result, 'r')).toMatchObject({ recordsIn: 120, recordsOut: 120, bytesOut: 60_000, recordsThrottled: 0 });
    expect(statsOf(result, 'k').recordsIn).toBe(120);
    expect(statsOf(result, 'r').costUsd).toBeNull();
  });
});
