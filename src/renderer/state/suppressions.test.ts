import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings/finding';
import { emptyPipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from './document-store';
import { addNode } from './operations';
import { suppress, suppressionFor, unsuppress } from './suppressions';

const pw601: Finding = { code: 'PW601', severity: 'warning', message: 'Bucket: no default encryption declared', nodeId: 's3-bucket-1' };

describe('suppressions', () => {
  it('name the finding’s code and node, with the justification trimmed', () => {
    expect(suppressionFor(pw601, '  Lab data, public anyway  ')).toEqual({ code: 'PW601', target: 's3-bucket-1', justification: 'Lab data, public anyway' });
    expect(suppressionFor({ code: 'PW201', edgeId: 'edge-3' }, 'x').target).toBe('edge-3');
    expect(suppressionFor({ code: 'PW105' }, 'x').target).toBe('*');
  });

  it('are added and taken back as one undoable step each', () => {
    const store = createDocumentStore(emptyPipeline());
    store.dispatch((d) => void addNode(d, 's3-bucket', { x: 0, y: 0 }), { label: 'Add' });
    store.dispatch((d) => suppress(d, suppressionFor(pw601, 'Lab data')), { label: 'Suppress PW601' });
    expect(store.getState().pipeline.suppressions).toEqual([{ code: 'PW601', target: 's3-bucket-1', justification: 'Lab data' }]);
    // Suppressing again replaces the reason rather than adding a second entry.
    store.dispatch((d) => suppress(d, suppressionFor(pw601, 'Public sample data')), { label: 'Suppress PW601' });
    expect(store.getState().pipeline.suppressions).toHaveLength(1);
    store.dispatch((d) => unsuppress(d, pw601), { label: 'Unsuppress PW601' });
    expect(store.getState().pipeline.suppressions).toEqual([]);
    store.undo();
    expect(store.getState().pipeline.suppressions[0]!.justification).toBe('Public sample data');
    store.undo();
    store.undo();
    expect(store.getState().pipeline.suppressions).toEqual([]);
  });

  it('unsuppress takes back the exact suppression first, else the one for every node', () => {
    const store = createDocumentStore(emptyPipeline());
    store.dispatch((d) => {
      d.suppressions.push({ code: 'PW601', target: '*', justification: 'all lab buckets' }, { code: 'PW601', target: 's3-bucket-1', justification: 'this one' });
    }, { label: 'Setup' });
    store.dispatch((d) => unsuppress(d, pw601), { label: 'Unsuppress' });
    expect(store.getState().pipeline.suppressions.map((s) => s.target)).toEqual(['*']);
    store.dispatch((d) => unsuppress(d, pw601), { label: 'Unsuppress' });
    expect(store.getState().pipeline.suppressions).toEqual([]);
  });
});
