import { describe, expect, it } from 'vitest';
import { nodeCharts } from './node-charts';
import { run, series, stats } from './testing';

const result = run({
  nodes: [stats('stream', 'kinesis-data-stream'), stats('fn', 'lambda')],
  series: {
    bucketSeconds: 10,
    nodes: {
      stream: series(2, { recordsIn: [100, 50], throttled: [20, 0], utilization: [1, 0.5], iteratorAgeSeconds: [0, 3] }),
      fn: series(2, { recordsIn: [30, 40], backlog: [5, 0], latencySeconds: [0.4, null] }),
    },
  },
});

describe('a node’s charts', () => {
  it('plot record counts as rates per second of each bucket', () => {
    const records = nodeCharts(result, 'stream').find((c) => c.id === 'records')!;
    expect(records.lines.find((l) => l.label === 'In')!.values).toEqual([10, 5]);
    expect(records.lines.find((l) => l.label === 'Throttled')!.values).toEqual([2, 0]);
  });

  it('add utilisation (in percent) and iterator age for a stream, not for a node without them', () => {
    expect(nodeCharts(result, 'stream').map((c) => c.id)).toEqual(['records', 'backlog', 'utilization', 'iterator-age']);
    expect(nodeCharts(result, 'stream').find((c) => c.id === 'utilization')!.lines[0]!.values).toEqual([100, 50]);
    expect(nodeCharts(result, 'fn').map((c) => c.id)).toEqual(['records', 'backlog', 'latency']);
  });

  it('keep gaps where no record arrived, leave latency out when none was recorded, and are empty for a node the run does not have', () => {
    expect(nodeCharts(result, 'fn').find((c) => c.id === 'latency')!.lines[0]!.values).toEqual([0.4, null]);
    expect(nodeCharts(result, 'missing')).toEqual([]);
  });
});
