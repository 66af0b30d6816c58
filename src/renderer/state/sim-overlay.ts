import type { PipelineEdge } from '../../shared/model/pipeline';
import { loadsAt, type CanvasLoads } from '../panels/simulation/canvas-loads';
import { createStore, useStore, type Store } from './create-store';
import { documentStore } from './document';
import { simulationStore } from './simulation';
import { setMoment, simViewStore } from './sim-view';

/**
 * What the canvas draws of the last run at the scrubber's moment: load per node and per
 * connection, or null when there is no result or the overlay is off. Nodes and edges read their
 * own entry (a number), so a scrubber move re-renders only those whose whole-percent load changed,
 * and nothing at all happens on the canvas while no result is shown.
 */
export const overlayStore: Store<CanvasLoads | null> = createStore<CanvasLoads | null>(null);

let targetsOf: { edges?: readonly PipelineEdge[]; targets: Map<string, string> } = { targets: new Map() };
function edgeTargets(edges: readonly PipelineEdge[]): Map<string, string> {
  if (targetsOf.edges !== edges) targetsOf = { edges, targets: new Map(edges.map((e) => [e.id, e.target])) };
  return targetsOf.targets;
}

let inputs: unknown[] = [];
let lastResult: unknown;
function update(): void {
  const { result } = simulationStore.get();
  // A new run starts at its peaks: the previous scrubber position may be past its end.
  if (result !== lastResult) {
    lastResult = result;
    if (simViewStore.get().moment !== 'peak') return setMoment('peak');
  }
  const { moment, showOnCanvas } = simViewStore.get();
  const { edges } = documentStore.getState().pipeline;
  const next = [showOnCanvas ? result : undefined, moment, edges];
  if (next.every((v, i) => v === inputs[i])) return;
  inputs = next;
  overlayStore.set(showOnCanvas && result ? loadsAt(result, edgeTargets(edges), moment) : null);
}

simulationStore.subscribe(update);
simViewStore.subscribe(update);
documentStore.subscribe(update);

export const useNodeLoad = (nodeId: string) => useStore(overlayStore, (o) => o?.nodes.get(nodeId));
export const useEdgeLoad = (edgeId: string) => useStore(overlayStore, (o) => o?.edges.get(edgeId));
