import { describe, expect, it } from 'vitest';
import { loadsAt } from './canvas-loads';
import { run, series, stats } from './testing';

// producer → stream → lambda; the producer has no modelled limit, the stream and lambda have.
const result = run({
  nodes: [stats('producer', 'app-producer'), stats('stream', 'kinesis-data-stream'), stats('fn', 'lambda')],
  series: {
    bucketSeconds: 10,
    nodes: {
      producer: series(3),
      stream: series(3, { utilization: [0.3, 0.904, 0.5] }),
      fn: series(3, { utilization: [0.1, 0.2, 0.7] }),
    },
    edges: { e1: { records: [1, 1, 1], latencySeconds: [0, 0, 0] }, e2: { records: [1, 1, 1], latencySeconds: [0, 0, 0] } },
  },
});
const targets = new Map([
  ['e1', 'stream'],
  ['e2', 'fn'],
  ['control', 'fn'],
]);

describe('loads on the canvas', () => {
  it('at a bucket: each node its utilisation, each data connection its target’s, rounded to whole percent', () => {
    const { nodes, edges } = loadsAt(result, targets, 1);
    expect(Object.fromEntries(nodes)).toEqual({ stream: 0.9, fn: 0.2 });
    expect(Object.fromEntries(edges)).toEqual({ e1: 0.9, e2: 0.2 });
  });

  it('moving to another bucket changes them', () => {
    const { edges } = loadsAt(result, targets, 2);
    expect(Object.fromEntries(edges)).toEqual({ e1: 0.5, e2: 0.7 });
  });

  it('at the peak: the highest bucket of each', () => {
    const { nodes, edges } = loadsAt(result, targets, 'peak');
    expect(Object.fromEntries(nodes)).toEqual({ stream: 0.9, fn: 0.7 });
    expect(Object.fromEntries(edges)).toEqual({ e1: 0.9, e2: 0.7 });
  });

  it('leaves out nodes without a modelled limit and connections without a series', () => {
    const { nodes, edges } = loadsAt(result, targets, 0);
    expect(nodes.has('producer')).toBe(false);
    expect(edges.has('control')).toBe(false);
  });
});
