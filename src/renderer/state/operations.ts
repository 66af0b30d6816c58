import type { Draft } from 'immer';
import { defaultConfig, KINDS, type KindId } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, Position, SimulationSettings } from '../../shared/model/pipeline';
import { allIds, nextId, nextLabel } from './ids';

/**
 * Document edits, as functions of an immer draft. They are the vocabulary of `dispatch` recipes:
 * `store.dispatch((d) => moveNodes(d, positions), { label: 'Move' })`. Pure: no store, no React.
 */
type D = Draft<Pipeline>;

/** Adds a node of `kind` with its default settings; returns its id. */
export function addNode(draft: D, kind: KindId, position: Position): string {
  const definition = KINDS[kind];
  const id = nextId(definition.id, allIds(draft as Pipeline));
  const label = nextLabel(definition.shortTitle, new Set(draft.nodes.map((n) => n.label)));
  draft.nodes.push({ id, kind, label, position: { x: Math.round(position.x), y: Math.round(position.y) }, config: defaultConfig(kind) });
  return id;
}

export function moveNodes(draft: D, positions: ReadonlyMap<string, Position>): void {
  for (const node of draft.nodes) {
    const to = positions.get(node.id);
    if (to && (node.position.x !== to.x || node.position.y !== to.y)) node.position = { x: to.x, y: to.y };
  }
}

/** Adds an edge; returns its id. */
export function connect(draft: D, edge: Omit<PipelineEdge, 'id'>): string {
  const id = nextId('edge', allIds(draft as Pipeline));
  draft.edges.push({ id, ...edge });
  return id;
}

/** Removes the nodes, every edge touching them, and the edges named. */
export function deleteElements(draft: D, nodeIds: readonly string[], edgeIds: readonly string[]): void {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  draft.nodes = draft.nodes.filter((n) => !nodes.has(n.id));
  draft.edges = draft.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target));
}

export function setNodeLabel(draft: D, nodeId: string, label: string): void {
  const node = draft.nodes.find((n) => n.id === nodeId);
  if (node) node.label = label;
}

export { applyFix, setConfigValue } from '../../shared/findings/apply-fix';

/** Sets one simulation setting; undefined removes an optional one (the run-wide load profile). */
export function setSimulationSetting<K extends keyof SimulationSettings>(draft: D, key: K, value: SimulationSettings[K]): void {
  if (value === undefined) delete draft.simulation[key];
  else draft.simulation[key] = value;
}

export function renamePipeline(draft: D, name: string): void {
  draft.name = name;
}

export function describePipeline(draft: D, description: string): void {
  draft.description = description;
}
