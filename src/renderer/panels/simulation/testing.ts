import type { NodeSeries, NodeStats, SimulationResult } from '../../../shared/model/simulation-result';

/** Test data: a node's stats with zeros where the test says nothing. */
export function stats(nodeId: string, kind: string, values: Partial<NodeStats> = {}): NodeStats {
  return {
    nodeId,
    kind,
    recordsIn: 0,
    bytesIn: 0,
    recordsOut: 0,
    bytesOut: 0,
    recordsThrottled: 0,
    recordsDropped: 0,
    recordsBuffered: 0,
    recordsLost: 0,
    objectsWritten: 0,
    objectBytes: null,
    bufferLatencySeconds: null,
    endToEndLatencySeconds: null,
    bytesStored: 0,
    ...values,
  };
}

/** Test data: a node's series of `length` buckets, zeros and nulls where the test says nothing. */
export function series(length: number, values: Partial<NodeSeries> = {}): NodeSeries {
  const zeros = () => new Array<number>(length).fill(0);
  return {
    recordsIn: zeros(),
    recordsOut: zeros(),
    throttled: zeros(),
    dropped: zeros(),
    lost: zeros(),
    backlog: zeros(),
    latencySeconds: new Array<number | null>(length).fill(null),
    utilization: null,
    iteratorAgeSeconds: null,
    ...values,
  };
}

/** Test data: a run of `durationSeconds` with the given parts. */
export function run(parts: Partial<SimulationResult> & Pick<SimulationResult, 'nodes' | 'series'>): SimulationResult {
  return { seed: 1, durationSeconds: 100, simulatedSeconds: 100, notes: [], events: [], ...parts };
}
