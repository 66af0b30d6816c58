import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from './document-store';
import { createFindingsStore, startValidation, summarizeByNode } from './findings';
import { addNode } from './operations';

const finding = (nodeId: string, severity: Finding['severity'], code: Finding['code'] = 'PW104'): Finding => ({ code, severity, message: 'm', nodeId });

describe('findings', () => {
  it('summarizes count and worst severity per node', () => {
    const byNode = summarizeByNode([finding('a', 'warning'), finding('a', 'error', 'PW301'), finding('b', 'info')]);
    expect(byNode.get('a')).toEqual({ count: 2, worst: 'error' });
    expect(byNode.get('b')).toEqual({ count: 1, worst: 'info' });
  });

  it('validates debounced and shows only the latest answer', async () => {
    vi.useFakeTimers();
    const documents = createDocumentStore();
    const findings = createFindingsStore();
    const pending: { pipeline: Pipeline; resolve: (f: Finding[]) => void }[] = [];
    const validate = (pipeline: Pipeline) => new Promise<Finding[]>((resolve) => pending.push({ pipeline, resolve }));
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
});
