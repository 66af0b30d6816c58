import type { PipewrightApi } from '../../shared/ipc/contract';
import type { Pipeline } from '../../shared/model/pipeline';
import type { SimulationResult } from '../../shared/model/simulation-result';
import { randomId } from '../util/random-id';
import { createStore, useStore } from './create-store';
import type { DocumentStore } from './document-store';

/** The last simulation run of this window. Results are not part of the document. */
export interface SimulationState {
  readonly status: 'idle' | 'running' | 'completed' | 'cancelled' | 'failed';
  readonly runId?: string;
  readonly fraction: number;
  readonly simulatedSeconds: number;
  readonly result?: SimulationResult;
  readonly error?: string;
  /** The document revision the result was computed from: older than the document means stale. */
  readonly revision?: number;
  /** The document the result was computed from (the cost projection needs its settings). */
  readonly pipeline?: Pipeline;
}

export const simulationStore = createStore<SimulationState>({ status: 'idle', fraction: 0, simulatedSeconds: 0 });
export const useSimulation = <S>(selector: (s: SimulationState) => S) => useStore(simulationStore, selector);

type SimApi = Pick<PipewrightApi, 'runSimulation' | 'cancelSimulation' | 'on'>;

/** Runs the current document; progress events of this run (matched by runId) move the progress bar. */
export async function runSimulation(api: SimApi, documents: Pick<DocumentStore, 'getState'>, store = simulationStore): Promise<void> {
  if (store.get().status === 'running') return;
  const runId = randomId();
  const { pipeline, revision } = documents.getState();
  store.set((s) => ({ status: 'running', runId, fraction: 0, simulatedSeconds: 0, result: s.result, revision: s.revision, pipeline: s.pipeline }));
  const stop = api.on('simulation:progress', (p) => {
    if (p.runId !== runId || store.get().runId !== runId) return;
    store.set((s) => ({ ...s, fraction: Math.max(s.fraction, p.fraction), simulatedSeconds: p.simulatedSeconds }));
  });
  try {
    const outcome = await api.runSimulation({ runId, pipeline });
    if (store.get().runId !== runId) return;
    if (outcome.status === 'completed') {
      store.set({ status: 'completed', runId, fraction: 1, simulatedSeconds: outcome.result.simulatedSeconds, result: outcome.result, revision, pipeline });
    } else {
      store.set((s) => ({ ...s, status: 'cancelled' }));
    }
  } catch (error) {
    if (store.get().runId === runId) store.set((s) => ({ ...s, status: 'failed', error: (error as Error).message }));
  } finally {
    stop();
  }
}

export async function cancelSimulation(api: SimApi, store = simulationStore): Promise<void> {
  const { runId, status } = store.get();
  if (status !== 'running' || !runId) return;
  await api.cancelSimulation({ runId });
}
