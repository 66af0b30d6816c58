import { describe, expect, it } from 'vitest';
import { emptyPipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from './document-store';
import { addNode, applyFix, connect, deleteElements, moveNodes, setConfigValue, setNodeLabel } from './operations';

function storeWithThree() {
  const store = createDocumentStore(emptyPipeline('Test'));
  const ids: string[] = [];
  store.dispatch((d) => void ids.push(addNode(d, 'app-producer', { x: 0, y: 0 })), { label: 'Add producer' });
  store.dispatch((d) => void ids.push(addNode(d, 'kinesis-firehose', { x: 300, y: 0 })), { label: 'Add firehose' });
  store.dispatch((d) => void ids.push(addNode(d, 's3-bucket', { x: 600, y: 0 })), { label: 'Add bucket' });
  return { store, ids: ids as [string, string, string] };
}

describe('document store', () => {
  it('adds nodes with unique ids, labels and default settings', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => void addNode(d, 'kinesis-firehose', { x: 10.4, y: 20.6 }), { label: 'Add firehose' });
    const nodes = store.getState().pipeline.nodes;
    expect(ids).toEqual(['app-producer-1', 'kinesis-firehose-1', 's3-bucket-1']);
    expect(nodes.map((n) => n.label)).toEqual(['Producer', 'Firehose', 'S3 bucket', 'Firehose 2']);
    expect(nodes[3]).toMatchObject({ id: 'kinesis-firehose-2', position: { x: 10, y: 21 }, config: { bufferSizeMiB: 5, bufferIntervalSeconds: 300 } });
  });

  it('undoes and redoes an add', () => {
    const { store } = storeWithThree();
    expect(store.undo()).toBe(true);
    expect(store.getState().pipeline.nodes).toHaveLength(2);
    expect(store.redo()).toBe(true);
    expect(store.getState().pipeline.nodes.map((n) => n.id)).toContain('s3-bucket-1');
  });

  it('undoes a move of several nodes in one step', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => moveNodes(d, new Map([[ids[0], { x: 50, y: 60 }], [ids[1], { x: 350, y: 60 }]])), { label: 'Move' });
    expect(store.getState().pipeline.nodes[1]!.position).toEqual({ x: 350, y: 60 });
    store.undo();
    expect(store.getState().pipeline.nodes.map((n) => n.position)).toEqual([{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: 600, y: 0 }]);
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('undoes and redoes a connection', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => void connect(d, { source: ids[0], target: ids[1], sourcePort: 'records', targetPort: 'records' }), { label: 'Connect' });
    expect(store.getState().pipeline.edges).toEqual([{ id: 'edge-1', source: ids[0], target: ids[1], sourcePort: 'records', targetPort: 'records' }]);
    store.undo();
    expect(store.getState().pipeline.edges).toEqual([]);
    store.redo();
    expect(store.getState().pipeline.edges).toHaveLength(1);
  });

  it('keeps invalid settings and undoes the edit', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => setConfigValue(d, ids[1], ['bufferSizeMiB'], 500), { label: 'Set buffer size' });
    expect(store.getState().pipeline.nodes[1]!.config.bufferSizeMiB).toBe(500);
    store.undo();
    expect(store.getState().pipeline.nodes[1]!.config.bufferSizeMiB).toBe(5);
  });

  it('sets nested settings and labels', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => setConfigValue(d, ids[0], ['loadProfile'], { shape: 'diurnal', peakToMean: 1.5 }), { label: 'Shape' });
    store.dispatch((d) => setConfigValue(d, ids[0], ['loadProfile', 'peakToMean'], 1.8), { label: 'Peak' });
    store.dispatch((d) => setNodeLabel(d, ids[0], 'Clickstream'), { label: 'Rename' });
    const producer = store.getState().pipeline.nodes[0]!;
    expect(producer.label).toBe('Clickstream');
    expect(producer.config.loadProfile).toEqual({ shape: 'diurnal', peakToMean: 1.8 });
    store.undo();
    store.undo();
    expect(store.getState().pipeline.nodes[0]!.config.loadProfile).toEqual({ shape: 'diurnal', peakToMean: 1.5 });
  });

  it('deletes nodes with their edges as one step, and undo restores both', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => {
      connect(d, { source: ids[0], target: ids[1] });
      connect(d, { source: ids[1], target: ids[2] });
    }, { label: 'Connect' });
    const before = store.getState().pipeline;
    store.dispatch((d) => deleteElements(d, [ids[1]], []), { label: 'Delete' });
    expect(store.getState().pipeline.nodes.map((n) => n.id)).toEqual([ids[0], ids[2]]);
    expect(store.getState().pipeline.edges).toEqual([]);
    store.undo();
    expect(store.getState().pipeline).toEqual(before);
  });

  it('applies a fix with several operations as one step', () => {
    const { store, ids } = storeWithThree();
    store.dispatch((d) => void connect(d, { source: ids[0], target: ids[1] }), { label: 'Connect' });
    store.dispatch((d) => setConfigValue(d, ids[2], ['encryption'], 'none'), { label: 'Encryption' });
    const depth = store.getState().history.past.length;
    store.dispatch(
      (d) => applyFix(d, [{ op: 'set-config', nodeId: ids[2], path: ['encryption'], value: 'SSE-S3' }, { op: 'remove-edge', edgeId: 'edge-1' }]),
      { label: 'Fix' },
    );
    expect(store.getState().history.past).toHaveLength(depth + 1);
    expect(store.getState().pipeline.edges).toEqual([]);
    store.undo();
    expect(store.getState().pipeline.nodes[2]!.config.encryption).toBe('none');
    expect(store.getState().pipeline.edges).toHaveLength(1);
  });
});

describe('dirty flag and history policy', () => {
  it('is clean after load, dirty after a change, clean again after undo to the saved point', () => {
    const store = createDocumentStore();
    expect(store.getState().dirty).toBe(false);
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    expect(store.getState().dirty).toBe(true);
    store.undo();
    expect(store.getState().dirty).toBe(false);
  });

  it('tracks the saved point through undo and redo', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    store.markSaved('/tmp/a.pipewright');
    expect(store.getState()).toMatchObject({ dirty: false, path: '/tmp/a.pipewright' });
    store.undo();
    expect(store.getState().dirty).toBe(true);
    store.redo();
    expect(store.getState().dirty).toBe(false);
  });

  it('stays dirty when the saved state was undone and replaced by another change', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    store.markSaved('/tmp/a.pipewright');
    store.undo();
    store.dispatch((d) => void addNode(d, 'app-producer', { x: 0, y: 0 }), { label: 'Add' });
    store.undo();
    expect(store.getState().dirty).toBe(true);
  });

  it('records nothing for a change that changes nothing, and clears redo on a new change', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    expect(store.dispatch((d) => moveNodes(d, new Map([['s3-bucket-1', { x: 0, y: 0 }]])), { label: 'Move' })).toBe(false);
    expect(store.getState().history.past).toHaveLength(1);
    store.undo();
    store.dispatch((d) => void addNode(d, 'app-producer', { x: 0, y: 0 }), { label: 'Add' });
    expect(store.redo()).toBe(false);
  });

  it('keeps changes made while a save was being written as unsaved', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    const written = store.getState().pipeline;
    store.dispatch((d) => void addNode(d, 'app-producer', { x: 0, y: 0 }), { label: 'Add' });
    store.markSaved('/tmp/a.pipewright', written);
    expect(store.getState()).toMatchObject({ dirty: true, path: '/tmp/a.pipewright' });
  });

  it('starts a fresh, clean history on load', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    store.load(emptyPipeline('Opened'), '/tmp/b.pipewright');
    expect(store.getState()).toMatchObject({ dirty: false, path: '/tmp/b.pipewright', history: { past: [], future: [] } });
    expect(store.undo()).toBe(false);
  });

  it('notifies subscribers and bumps the revision on every document change', () => {
    const store = createDocumentStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    store.undo();
    store.redo();
    expect(calls).toBe(3);
    expect(store.getState().revision).toBe(3);
  });

  it('keeps the produced documents frozen so React can compare them by reference', () => {
    const store = createDocumentStore();
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    expect(Object.isFrozen(store.getState().pipeline.nodes)).toBe(true);
  });
});
