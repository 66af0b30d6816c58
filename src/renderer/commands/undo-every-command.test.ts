// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import type { Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';

// No host behind the page: the API is a stand-in that answers at once.
vi.mock('../api/client', () => ({
  transportKind: 'web',
  api: {
    on: () => () => {},
    setMenu: async () => ({ applied: false }),
    runSimulation: async () => ({ status: 'cancelled' }),
    saveFile: async ({ path }: { path?: string }) => ({ status: 'saved', path: path ?? '/tmp/x.pipewright' }),
    // Main's layered layout, as a stand-in: every node in one row, in document order.
    autoLayout: async ({ pipeline }: { pipeline: Pipeline }) => ({ positions: pipeline.nodes.map((n, i) => ({ id: n.id, x: i * 300, y: 0 })) }),
  },
}));

let clipboard = '';
Object.defineProperty(navigator, 'clipboard', {
  configurable: true,
  value: { writeText: async (text: string) => void (clipboard = text), readText: async () => clipboard },
});

const { registry } = await import('./app-commands');
const { documentStore } = await import('../state/document');
const { selectionStore, select } = await import('../state/selection');
const { addNodeAt } = await import('../canvas/useAddNode');
const { fixFinding, suppressFinding, unsuppressFinding } = await import('../panels/finding-actions');
const ops = await import('../state/operations');

/**
 * How each registered command relates to undo history. A command registered without a row here
 * fails the first test: whoever adds a command says which it is, and the table checks it.
 * - `document`: one undoable step; undo gives back the exact pipeline before, redo the exact one after.
 * - `untracked`: selection, viewport, clipboard, dialogs, saving, simulating: never a history step.
 * - `history`: undo and redo themselves.
 * - `replaces`: starts another document, with a fresh history (history.ts's policy).
 * - `arrange`: a document step on the selection's layout, checked with every node selected.
 */
const KIND: Record<string, 'document' | 'untracked' | 'history' | 'replaces' | 'arrange'> = {
  new: 'replaces',
  'new-from-template': 'untracked',
  open: 'untracked',
  'import-cfn': 'untracked',
  save: 'untracked',
  'save-as': 'untracked',
  undo: 'history',
  redo: 'history',
  cut: 'document',
  copy: 'untracked',
  paste: 'document',
  duplicate: 'document',
  'select-all': 'untracked',
  'clear-selection': 'untracked',
  delete: 'document',
  export: 'untracked',
  'fit-view': 'untracked',
  'zoom-in': 'untracked',
  'zoom-out': 'untracked',
  'command-palette': 'untracked',
  'run-simulation': 'untracked',
  'keyboard-help': 'untracked',
  'open-recent': 'untracked',
  'theme-system': 'untracked',
  'theme-light': 'untracked',
  'theme-dark': 'untracked',
  'auto-layout': 'arrange',
  pin: 'arrange',
  unpin: 'arrange',
  'toggle-snap': 'untracked',
  'toggle-minimap': 'untracked',
  find: 'untracked',
  ...Object.fromEntries(['left', 'centre', 'right', 'top', 'middle', 'bottom'].map((e) => [`align-${e}`, 'arrange'])),
  'distribute-horizontal': 'arrange',
  'distribute-vertical': 'arrange',
  ...Object.fromEntries(['left', 'right', 'up', 'down'].flatMap((d) => [[`nudge-${d}`, 'document'], [`nudge-${d}-large`, 'document']])),
};

/** A fresh clickstream document with a history step behind it, and producer + firehose selected, the clipboard holding them. */
async function setUp(): Promise<Pipeline> {
  documentStore.load(clickstreamPipeline());
  documentStore.dispatch((d) => ops.renamePipeline(d, 'Edited'), { label: 'Rename' });
  select({ nodeIds: ['producer-1', 'firehose-1'], edgeIds: ['edge-2'] });
  await registry.get('copy')!.run();
  return documentStore.getState().pipeline;
}

const depth = () => documentStore.getState().history.past.length;

/** Checks that `change` is one undoable step: undo restores `before` exactly, redo the result exactly. */
async function expectOneStep(change: () => unknown): Promise<void> {
  const before = documentStore.getState().pipeline;
  const steps = depth();
  await change();
  const after = documentStore.getState().pipeline;
  expect(after).not.toEqual(before);
  expect(depth()).toBe(steps + 1);
  expect(documentStore.undo()).toBe(true);
  expect(documentStore.getState().pipeline).toEqual(before);
  expect(depth()).toBe(steps);
  expect(documentStore.redo()).toBe(true);
  expect(documentStore.getState().pipeline).toEqual(after);
}

describe('undo and redo of every registered command', () => {
  beforeEach(async () => {
    await setUp();
  });

  it('has a history kind for every command', () => {
    expect(registry.all.map((c) => c.id).filter((id) => !(id in KIND))).toEqual([]);
  });

  it('every command has a label and an enabled state that answers', () => {
    for (const command of registry.all) {
      expect(command.label.trim(), command.id).not.toBe('');
      expect(typeof (command.enabled?.() ?? true), command.id).toBe('boolean');
    }
  });

  const byKind = (kind: string) => registry.all.filter((c) => KIND[c.id] === kind).map((c) => c.id);

  it.each(byKind('document'))('%s is one step that undo reverts and redo repeats exactly', async (id) => {
    const command = registry.get(id)!;
    expect(command.enabled?.() ?? true).toBe(true);
    await expectOneStep(() => command.run());
  });

  it.each(byKind('arrange'))('%s, with every node selected, is one step that undo reverts and redo repeats exactly', async (id) => {
    select({ nodeIds: ['producer-1', 'firehose-1', 'bucket-1'], edgeIds: [] });
    // Uneven spacing, so that distributing changes something; unpinning needs a pin.
    documentStore.dispatch((d) => ops.moveNodes(d, new Map([['firehose-1', { x: 100, y: 10 }]])), { label: 'Move' });
    if (id === 'unpin') await registry.get('pin')!.run();
    const command = registry.get(id)!;
    expect(command.enabled?.() ?? true).toBe(true);
    await expectOneStep(() => command.run());
  });

  it.each(byKind('untracked'))('%s never enters history or changes the pipeline', async (id) => {
    const before = documentStore.getState().pipeline;
    const history = documentStore.getState().history;
    void registry.get(id)!.run();
    await new Promise((r) => setTimeout(r, 0));
    expect(documentStore.getState().pipeline).toBe(before);
    expect(documentStore.getState().history).toBe(history);
  });

  it('selection changes are never history', () => {
    const history = documentStore.getState().history;
    registry.get('select-all')!.run();
    expect(selectionStore.get().nodeIds).toHaveLength(3);
    registry.get('clear-selection')!.run();
    expect(selectionStore.get()).toEqual({ nodeIds: [], edgeIds: [] });
    expect(documentStore.getState().history).toBe(history);
  });

  it('new starts another document with an empty history', async () => {
    documentStore.markSaved('/tmp/a.pipewright');
    await registry.get('new')!.run();
    expect(documentStore.getState().pipeline.nodes).toEqual([]);
    expect(documentStore.getState().history.past).toEqual([]);
  });

  it('undo and redo walk back and forth through several commands', async () => {
    const start = documentStore.getState().pipeline;
    await registry.get('duplicate')!.run();
    const duplicated = documentStore.getState().pipeline;
    await registry.get('nudge-right')!.run();
    await registry.get('delete')!.run();
    registry.get('undo')!.run();
    registry.get('undo')!.run();
    expect(documentStore.getState().pipeline).toEqual(duplicated);
    registry.get('undo')!.run();
    expect(documentStore.getState().pipeline).toEqual(start);
    expect(registry.get('redo')!.enabled!()).toBe(true);
    registry.get('redo')!.run();
    expect(documentStore.getState().pipeline).toEqual(duplicated);
  });
});

describe('undo and redo of the other edit paths (canvas, inspector, findings)', () => {
  beforeEach(async () => {
    await setUp();
  });

  const finding: Finding = {
    code: 'PW601',
    severity: 'warning',
    message: 'Encryption at rest is off',
    nodeId: 'bucket-1',
    fix: { label: 'Turn on encryption', operations: [{ op: 'set-config', nodeId: 'bucket-1', path: ['encryption'], value: 'SSE-KMS' }] },
  };

  it.each<[string, () => unknown]>([
    ['add a node (palette drop)', () => addNodeAt('lambda', { x: 500, y: 500 })],
    ['connect', () => documentStore.dispatch((d) => void ops.connect(d, { source: 'producer-1', target: 'bucket-1' }), { label: 'Connect' })],
    ['move (a drag, recorded on drag stop)', () => documentStore.dispatch((d) => ops.moveNodes(d, new Map([['bucket-1', { x: 1, y: 2 }]])), { label: 'Move node' })],
    ['rename a node (inspector, on commit)', () => documentStore.dispatch((d) => ops.setNodeLabel(d, 'bucket-1', 'Archive'), { label: 'Rename' })],
    ['set a setting (inspector, on commit)', () => documentStore.dispatch((d) => ops.setConfigValue(d, 'firehose-1', ['bufferSizeMiB'], 64), { label: 'Set' })],
    ['set a simulation setting', () => documentStore.dispatch((d) => ops.setSimulationSetting(d, 'seed', 7), { label: 'Seed' })],
    ['choose a run-wide load profile', () => documentStore.dispatch((d) => ops.setSimulationSetting(d, 'loadProfile', { shape: 'ramp', toMultiplier: 2, overSeconds: 3_600 }), { label: 'Load profile' })],
    ['describe the pipeline', () => documentStore.dispatch((d) => ops.describePipeline(d, 'Clicks to S3'), { label: 'Describe' })],
    ['apply a fix', () => fixFinding(finding)],
    ['suppress a finding', () => suppressFinding(finding, 'Public data set')],
  ])('%s', async (_name, change) => {
    await expectOneStep(change);
  });

  it("go back to each source's own load profile", async () => {
    documentStore.dispatch((d) => ops.setSimulationSetting(d, 'loadProfile', { shape: 'diurnal', peakToMean: 1.5 }), { label: 'Load profile' });
    await expectOneStep(() => documentStore.dispatch((d) => ops.setSimulationSetting(d, 'loadProfile', undefined), { label: 'Load profile' }));
    // Removed, not left as undefined: the saved file is as if it had never been set.
    expect('loadProfile' in documentStore.getState().pipeline.simulation).toBe(false);
  });

  it('unsuppress a finding', async () => {
    suppressFinding(finding, 'Public data set');
    await expectOneStep(() => unsuppressFinding(finding));
  });
});
