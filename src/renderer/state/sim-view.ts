import type { Moment } from '../panels/simulation/canvas-loads';
import { createStore, useStore } from './create-store';

/** How the last run is shown: the moment on the timeline and whether the canvas draws loads. Not history. */
export interface SimView {
  /** The scrubber's bucket, or each element's peak over the run (before the scrubber is moved). */
  readonly moment: Moment;
  readonly showOnCanvas: boolean;
  /** Which view of the results the Simulation tab shows. */
  readonly view: SimResultsView;
}

export const SIM_RESULTS_VIEWS = [
  { id: 'summary', title: 'Summary' },
  { id: 'charts', title: 'Node charts' },
  { id: 'nodes', title: 'All nodes' },
  { id: 'compare', title: 'Compare' },
  { id: 'projection', title: 'Projection' },
] as const;
export type SimResultsView = (typeof SIM_RESULTS_VIEWS)[number]['id'];

export const simViewStore = createStore<SimView>({ moment: 'peak', showOnCanvas: true, view: 'summary' });
export const useSimView = <S>(selector: (v: SimView) => S) => useStore(simViewStore, selector);

export const setMoment = (moment: Moment) => simViewStore.set((v) => (v.moment === moment ? v : { ...v, moment }));
export const setShowOnCanvas = (showOnCanvas: boolean) => simViewStore.set((v) => ({ ...v, showOnCanvas }));
export const setResultsView = (view: SimResultsView) => simViewStore.set((v) => ({ ...v, view }));
