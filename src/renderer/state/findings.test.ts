import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from './document-store';
import { countFindings } from './finding-summary';
import { createFindingsStore, startValidation, summarizeByEdge, summarizeByNode } from './findings';
import { addNode, moveNodes } from './operations';

const finding = (nodeId: string, severity: Finding['severity'], code: Finding['code'] = 'PW104', extra: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  message: `${code} on ${nodeId}`,
  nodeId,
  ...extra,
});

/** A validator whose answers the test gives, one by one. */
function controlledValidator() {
  const pending: { pipeline: Pipeline; resolve: (f: Finding[]) => void }[] = [];
  const validate = (pipeline: Pipeline) => new Promise<Finding[]>((resolve) => pending.push({ pipeline, resolve }));
  return { pending, validate };
}

describe('finding summaries', () => {
  it('summarizes count, worst severity and messages per node', () => {
    const byNode = summarizeByNode([finding('a', 'warning'), finding('a', 'error', 'PW301'), finding('b', 'info')]);
    expect(byNode.get('a')).toEqual({ count: 2, worst: 'error', messages: 'PW104 on a\nPW301 on a' });
    expect(byNode.get('b')).toMatchObject({ count: 1, worst: 'info' });
  });

  it('leaves suppressed findings out of badges and counts', () => {
    const findings = [finding('a', 'error', 'PW301', { suppressed: { justification: 'lab only' } }), finding('a', 'warning'), finding('b', 'error', 'PW301', { suppressed: { justification: 'x' } })];
    expect(summarizeByNode(findings).get('a')).toMatchObject({ count: 1, worst: 'warning' });
    expect(summarizeByNode(findings).has('b')).toBe(false);
    expect(countFindings(findings)).toEqual({ errors: 0, warnings: 1, infos: 0, suppressed: 2 });
  });

  it('summarizes findings that name an edge, with or without a node', () => {
    const byEdge = summarizeByEdge([
      { code: 'PW201', severity: 'error', message: 'not allowed', edgeId: 'e1' },
      finding('producer', 'warning', 'PW302', { edgeId: 'e1' }),
      finding('producer', 'warning'),
    ]);
    expect([...byEdge.keys()]).toEqual(['e1']);
    expect(byEdge.get('e1')).toEqual({ count: 2, worst: 'error', messages: 'not allowed\nPW302 on producer' });
  });
});

describe('live validation', () => {
  it('validates debounced and shows only the latest answer', async () => {
    vi.useFakeTimers();
    const documents = createDocumentStore();
    const findings = createFindingsStore();
    const { pending, validate } = controlledValidator();
    startValidation({ documents, findings, validate, delayMs: 150 });
    await vi.advanceTimersByTimeAsync(150);
    expect(pending).toHaveLength(1);
    documents.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    documents.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    await vi.advanceTimersByTimeAsync(149);
    expect(pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pending).toHaveLength(2);
    expect(pending[1]!.pipeline.nodes).toHaveLength(2);
    pending[1]!.resolve([finding('s3-bucket-1', 'warning')]);
    await vi.advanceTimersByTimeAsync(0);
    pending[0]!.resolve([finding('stale', 'error')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(findings.get().findings.map((f) => f.nodeId)).toEqual(['s3-bucket-1']);
    expect(findings.get().status).toBe('idle');
    vi.useRealTimers();
  });

  it('is pending (and keeps the last findings) from a change until its answer, and never waits on a slow one', async () => {
    vi.useFakeTimers();
    const documents = createDocumentStore();
    const findings = createFindingsStore();
    const { pending, validate } = controlledValidator();
    startValidation({ documents, findings, validate, delayMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    pending[0]!.resolve([finding('x', 'warning')]);
    await vi.advanceTimersByTimeAsync(0);

    documents.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    expect(findings.get()).toMatchObject({ status: 'pending', findings: [{ nodeId: 'x' }] });
    await vi.advanceTimersByTimeAsync(100);
    // That answer never comes; the next change is validated all the same.
    documents.dispatch((d) => void addNode(d, 'app-producer', { x: 0, y: 0 }), { label: 'Add' });
    await vi.advanceTimersByTimeAsync(100);
    expect(pending).toHaveLength(3);
    pending[2]!.resolve([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(findings.get()).toMatchObject({ status: 'idle', findings: [] });
    vi.useRealTimers();
  });

  it('validates once per drag: positions during a drag are not in the document, the drop is one change', async () => {
    vi.useFakeTimers();
    const documents = createDocumentStore();
    documents.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    const findings = createFindingsStore();
    const validate = vi.fn(async () => [] as Finding[]);
    startValidation({ documents, findings, validate, delayMs: 150 });
    await vi.advanceTimersByTimeAsync(150);
    expect(validate).toHaveBeenCalledTimes(1);
    // The canvas keeps drag positions to itself and dispatches once on drag stop.
    documents.dispatch((d) => moveNodes(d, new Map([['s3-bucket-1', { x: 300, y: 120 }]])), { label: 'Move node' });
    await vi.advanceTimersByTimeAsync(150);
    expect(validate).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
