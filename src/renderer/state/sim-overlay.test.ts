import { afterEach, describe, expect, it } from 'vitest';
import { run, series, stats } from '../panels/simulation/testing';
import { documentStore } from './document';
import { overlayStore } from './sim-overlay';
import { setMoment, setShowOnCanvas, simViewStore } from './sim-view';
import { simulationStore } from './simulation';

const result = (utilization: number[]) =>
  run({
    nodes: [stats('stream', 'kinesis-data-stream')],
    series: { bucketSeconds: 10, nodes: { stream: series(utilization.length, { utilization }) }, edges: { e1: { records: [1, 1], latencySeconds: [0, 0] } } },
  });

documentStore.dispatch((d) => {
  d.nodes.push({ id: 'p', kind: 'app-producer', label: 'p', position: { x: 0, y: 0 }, config: {} }, { id: 'stream', kind: 'kinesis-data-stream', label: 's', position: { x: 0, y: 0 }, config: {} });
  d.edges.push({ id: 'e1', source: 'p', target: 'stream' });
}, { label: 'test pipeline' });

afterEach(() => {
  simulationStore.set({ status: 'idle', fraction: 0, simulatedSeconds: 0 });
  setShowOnCanvas(true);
});

describe('the canvas overlay', () => {
  it('is empty while there is no result: nodes and edges draw nothing', () => {
    expect(overlayStore.get()).toBeNull();
  });

  it('follows the timeline: peak first, then the bucket the scrubber is on', () => {
    simulationStore.set({ status: 'completed', fraction: 1, simulatedSeconds: 20, result: result([0.9, 0.3]) });
    expect(overlayStore.get()!.edges.get('e1')).toBe(0.9);
    setMoment(1);
    expect(overlayStore.get()!.edges.get('e1')).toBe(0.3);
    expect(overlayStore.get()!.nodes.get('stream')).toBe(0.3);
  });

  it('starts a new run at its peaks, and disappears when switched off', () => {
    setMoment(1);
    simulationStore.set({ status: 'completed', fraction: 1, simulatedSeconds: 20, result: result([0.5, 0.7]) });
    expect(simViewStore.get().moment).toBe('peak');
    expect(overlayStore.get()!.edges.get('e1')).toBe(0.7);
    setShowOnCanvas(false);
    expect(overlayStore.get()).toBeNull();
  });

  it('does not change (so nothing re-renders) on document edits that leave the connections alone', () => {
    simulationStore.set({ status: 'completed', fraction: 1, simulatedSeconds: 20, result: result([0.5, 0.7]) });
    const before = overlayStore.get();
    documentStore.dispatch((d) => void (d.nodes[0]!.label = 'renamed'), { label: 'rename' });
    expect(overlayStore.get()).toBe(before);
  });
});
