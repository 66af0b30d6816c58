import { describe, expect, it } from 'vitest';
import { emptyPipeline, type Pipeline, type Position } from '../../shared/model/pipeline';
import { createDocumentStore } from './document-store';
import { alignNodes, anyPinned, autoLayoutDocument, distributeNodes, pinNodes, type LayoutEngine } from './layout-actions';
import { addNode, connect } from './operations';

/** A producer → Firehose → bucket chain drawn right to left, as a user might scramble it. */
function scrambledChain() {
  const store = createDocumentStore(emptyPipeline('Chain'));
  const ids: string[] = [];
  store.dispatch((d) => {
    ids.push(addNode(d, 'app-producer', { x: 900, y: 300 }), addNode(d, 'kinesis-firehose', { x: 500, y: 20 }), addNode(d, 's3-bucket', { x: 40, y: 180 }));
    connect(d, { source: ids[0]!, target: ids[1]! });
    connect(d, { source: ids[1]!, target: ids[2]! });
  }, { label: 'Draw' });
  return { store, ids: ids as [string, string, string] };
}

/** A stand-in for main's layout: one column per step along the edges (main's own is tested in src/main/layout). */
const columns: LayoutEngine = async (pipeline: Pipeline) => {
  const depth = new Map(pipeline.nodes.map((n) => [n.id, 0]));
  for (let i = 0; i < pipeline.nodes.length; i++) for (const e of pipeline.edges) depth.set(e.target, Math.max(depth.get(e.target)!, depth.get(e.source)! + 1));
  return new Map(pipeline.nodes.map((n) => [n.id, n.pinned ? n.position : { x: depth.get(n.id)! * 260, y: 0 }]));
};

const positions = (store: ReturnType<typeof createDocumentStore>) => store.getState().pipeline.nodes.map((n) => n.position);

describe('auto-layout of the document', () => {
  it('applies the layout as one undo step named Auto-layout, which undo and redo replay', async () => {
    const { store } = scrambledChain();
    const before = positions(store);
    expect(await autoLayoutDocument(store, columns)).toBe('applied');
    expect(positions(store)).toEqual([{ x: 0, y: 0 }, { x: 260, y: 0 }, { x: 520, y: 0 }]);
    expect(store.getState().history.past.map((s) => s.label)).toEqual(['Draw', 'Auto-layout']);
    store.undo();
    expect(positions(store)).toEqual(before);
    store.redo();
    expect(positions(store)).toEqual([{ x: 0, y: 0 }, { x: 260, y: 0 }, { x: 520, y: 0 }]);
  });

  it('records nothing when the layout changes nothing', async () => {
    const { store } = scrambledChain();
    await autoLayoutDocument(store, columns);
    expect(await autoLayoutDocument(store, columns)).toBe('unchanged');
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('drops a layout that arrives after the document changed, keeping the edit', async () => {
    const { store, ids } = scrambledChain();
    let release: (p: ReadonlyMap<string, Position>) => void = () => {};
    const pending = autoLayoutDocument(store, () => new Promise((resolve) => (release = resolve)));
    pinNodes(store, [ids[0]], true);
    release(new Map([[ids[1], { x: 1, y: 1 }]]));
    expect(await pending).toBe('stale');
    expect(store.getState().history.past.at(-1)!.label).toBe('Pin node');
    expect(store.getState().pipeline.nodes[1]!.position).toEqual({ x: 500, y: 20 });
  });
});

describe('pin, align and distribute on the document', () => {
  it('pins and unpins in one step each; the file keeps no pinned key once unpinned', () => {
    const { store, ids } = scrambledChain();
    expect(anyPinned(store, ids, false)).toBe(true);
    pinNodes(store, [ids[0], ids[2]], true);
    expect(store.getState().pipeline.nodes.map((n) => n.pinned)).toEqual([true, undefined, true]);
    expect(anyPinned(store, [ids[1]], true)).toBe(false);
    pinNodes(store, ids, false);
    expect(store.getState().pipeline.nodes.every((n) => !('pinned' in n))).toBe(true);
    expect(store.getState().history.past.map((s) => s.label)).toEqual(['Draw', 'Pin 2 nodes', 'Unpin 3 nodes']);
    store.undo();
    expect(store.getState().pipeline.nodes.map((n) => n.pinned)).toEqual([true, undefined, true]);
  });

  it('aligns and distributes the chosen nodes as one undo step each', () => {
    const { store, ids } = scrambledChain();
    expect(alignNodes(store, ids, 'top')).toBe(true);
    expect(positions(store).map((p) => p.y)).toEqual([20, 20, 20]);
    expect(distributeNodes(store, ids, 'horizontal')).toBe(true);
    expect(positions(store).map((p) => p.x)).toEqual([900, 470, 40]);
    expect(store.getState().history.past.map((s) => s.label)).toEqual(['Draw', 'Align top', 'Distribute horizontally']);
    store.undo();
    store.undo();
    expect(positions(store)).toEqual([{ x: 900, y: 300 }, { x: 500, y: 20 }, { x: 40, y: 180 }]);
  });
});
