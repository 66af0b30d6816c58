import type { Pipeline } from '../../shared/model/pipeline';
import type { SimulationResult } from '../../shared/model/simulation-result';
import { createStore, useStore } from './create-store';

/** A run kept as "A" to compare the next runs against (what if 4 shards?). Not part of the document. */
export interface PinnedRun {
  readonly result: SimulationResult;
  /** The document it was computed from (its node labels name nodes B no longer has). */
  readonly pipeline?: Pipeline;
}

export const pinnedStore = createStore<PinnedRun | null>(null);
export const usePinned = () => useStore(pinnedStore);

export const pinRun = (run: PinnedRun) => pinnedStore.set(run);
export const unpinRun = () => pinnedStore.set(null);
