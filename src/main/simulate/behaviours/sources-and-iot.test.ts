import { describe, expect, it } from 'vitest';
import { IOT_CORE_LIMITS_TABLE as L } from '../../../shared/catalog/limits/iot-core';
import { KIB } from '../../../shared/catalog/limits/units';
import { TEMPLATES } from '../../../shared/templates';
import { simulate } from '../engine';
import { balances, runChain, statsOf } from './testing';

describe('sources', () => {
  it('a device fleet produces devices × messages/s × size', () => {
    const d = statsOf(runChain([{ id: 'd', kind: 'device-fleet', config: { deviceCount: 250, messagesPerSecondPerDevice: 2, messageSizeBytes: 300 } }, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 60 }), 'd');
    expect(d.recordsOut).toBe(250 * 2 * 60);
    expect(d.bytesOut).toBe(250 * 2 * 60 * 300);
  });

  it('a camera fleet sends one fragment per camera per fragment duration', () => {
    const c = statsOf(runChain([{ id: 'c', kind: 'camera-fleet', config: { cameraCount: 4, bitrateKbps: 2_000, fragmentDurationSeconds: 2 } }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 60 }), 'c');
    expect(c.recordsOut).toBe(120);
    expect(c.bytesOut).toBe(120 * 500_000);
  });

  it('a database offers its existing rows once, then emits its change rows; none with the change log off', () => {
    const db = (changeCaptureEnabled: boolean) =>
      statsOf(runChain([{ id: 'db', kind: 'onprem-database', config: { sizeGiB: 1, changeRateRowsPerSecond: 50, rowSizeBytes: 400, changeCaptureEnabled } }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 100 }), 'db');
    // 1 GiB of 400-byte rows: round(1,073,741,824 / 400) = 2,684,355 rows.
    expect(db(true)).toMatchObject({ recordsOut: 2_684_355 + 5_000, bytesOut: 1_073_741_824 + 2_000_000 });
    expect(db(false).recordsOut).toBe(2_684_355);
  });

  it('a file share emits its daily change as files of the mean size', () => {
    const f = statsOf(runChain([{ id: 'f', kind: 'onprem-fileshare', config: { fileCount: 86_400, totalSizeGiB: 1, dailyChangePercent: 10 } }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 86_400, resolutionSeconds: 60 }), 'f');
    expect(f.recordsOut).toBe(8_640);
    expect(f.bytesOut).toBe(8_640 * Math.round(1_073_741_824 / 86_400));
  });
});

describe('iot-core', () => {
  it('discards publishes over 100/s on one connection', () => {
    // An app producer says nothing of its connections: one connection at 300/s keeps 100/s.
    const result = runChain([{ id: 'p', kind: 'app-producer', config: { recordsPerSecond: 300, recordSizeBytes: 100 } }, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10 });
    expect(statsOf(result, 'i')).toMatchObject({ recordsIn: 3_000, recordsThrottled: 3_000 - 10 * L.publishesPerSecondPerConnection.value });
    expect(result.events.some((e) => e.nodeId === 'i' && e.type === 'first-throttle')).toBe(true);
    // A fleet at the per-device maximum is within the per-connection limit.
    const fleet = statsOf(runChain([{ id: 'd', kind: 'device-fleet', config: { deviceCount: 10, messagesPerSecondPerDevice: 100 } }, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10 }), 'i');
    expect(fleet.recordsThrottled).toBe(0);
  });

  it('holds a large fleet to the account inbound publish quota', () => {
    const i = statsOf(runChain([{ id: 'd', kind: 'device-fleet', config: { deviceCount: 30_000, messagesPerSecondPerDevice: 1 } }, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10 }), 'i');
    expect(i.recordsThrottled).toBe(10 * (30_000 - L.inboundPublishesPerSecondPerAccount.value));
  });

  it('drops messages over 128 KB and forwards the rest to every rule target', () => {
    const big = runChain([{ id: 'p', kind: 'app-producer', config: { recordsPerSecond: 1, recordSizeBytes: L.messageSizeMaxKiB.value * KIB + 1 } }, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10 });
    expect(statsOf(big, 'i')).toMatchObject({ recordsIn: 10, recordsDropped: 10, recordsOut: 0 });
    const fanOut = runChain(
      [{ id: 'd', kind: 'device-fleet', config: { deviceCount: 5 } }, { id: 'i', kind: 'iot-core' }, { id: 'b1', kind: 's3-bucket' }, { id: 'b2', kind: 's3-bucket' }],
      { durationSeconds: 10 },
      {},
      [['d', 'i'], ['i', 'b1'], ['i', 'b2']],
    );
    expect(statsOf(fanOut, 'b1').recordsIn).toBe(50);
    expect(statsOf(fanOut, 'b2').recordsIn).toBe(50);
    expect(balances(statsOf(fanOut, 'i'))).toBe(true);
  });
});

describe('lambda pushed to', () => {
  it('throttles invocations beyond concurrency / duration and forwards after its duration', () => {
    // 10 reserved executions of 0.5 s: 20 invocations/s; IoT pushes 50 messages/s.
    const result = runChain(
      [{ id: 'd', kind: 'device-fleet', config: { deviceCount: 50 } }, { id: 'i', kind: 'iot-core' }, { id: 'fn', kind: 'lambda', config: { concurrency: { mode: 'reserved', executions: 10 }, batchDurationSeconds: 0.5 } }, { id: 'b', kind: 's3-bucket' }],
      { durationSeconds: 10, resolutionSeconds: 1 },
    );
    expect(statsOf(result, 'fn')).toMatchObject({ recordsIn: 500, recordsThrottled: 300, recordsOut: 200, recordsBuffered: 0 });
    expect(statsOf(result, 'b').endToEndLatencySeconds!.mean).toBeCloseTo(0.5, 9);
  });
});

describe('conservation across the reference templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: every node balances', (_id, template) => {
    const pipeline = template.build();
    pipeline.simulation = { ...pipeline.simulation, durationSeconds: 300, resolutionSeconds: 1 };
    const result = simulate(pipeline);
    if (result === 'stopped') throw new Error('stopped');
    for (const s of result.nodes) expect(balances(s), `${s.nodeId}: ${JSON.stringify(s)}`).toBe(true);
  });
});
