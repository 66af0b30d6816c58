import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings/finding';
import { FINDING_CODES } from '../../shared/findings/codes';
import { targetLabel, viewFindings, type FindingsViewOptions } from './findings-view';

const pipeline = {
  nodes: [
    { id: 'bucket', kind: 's3-bucket', label: 'Raw data', position: { x: 0, y: 0 }, config: {} },
    { id: 'hose', kind: 'kinesis-firehose', label: 'Delivery', position: { x: 0, y: 0 }, config: {} },
    { id: 'app', kind: 'app-producer', label: 'Clickstream', position: { x: 0, y: 0 }, config: {} },
  ],
  edges: [{ id: 'e1', source: 'app', target: 'hose' }],
};

const findings: Finding[] = [
  { code: 'PW301', severity: 'error', message: 'Delivery: Buffer size: too big', nodeId: 'hose', path: ['bufferSizeMiB'] },
  { code: 'PW104', severity: 'warning', message: 'Raw data is not connected', nodeId: 'bucket' },
  { code: 'PW601', severity: 'warning', message: 'Raw data: no default encryption declared', nodeId: 'bucket' },
  { code: 'PW104', severity: 'warning', message: 'Clickstream is not connected', nodeId: 'app', suppressed: { justification: 'drawn later' } },
  { code: 'PW201', severity: 'error', message: 'Clickstream cannot feed Delivery', edgeId: 'e1' },
  { code: 'PW105', severity: 'info', message: 'The pipeline has no sink' },
];

const options = (o: Partial<FindingsViewOptions> = {}): FindingsViewOptions => ({ groupBy: 'severity', sortBy: 'code', filter: '', ...o });
const codes = (items: readonly { finding: Finding }[]) => items.map((i) => `${i.finding.code}:${i.finding.nodeId ?? i.finding.edgeId ?? '*'}`);

describe('the findings panel’s arrangement', () => {
  it('groups by severity with counts, sorted by code, suppressed apart', () => {
    const view = viewFindings(findings, pipeline, options());
    expect(view.groups.map((g) => [g.title, g.items.length])).toEqual([
      ['Errors', 2],
      ['Warnings', 2],
      ['Info', 1],
    ]);
    expect(codes(view.groups[0]!.items)).toEqual(['PW201:e1', 'PW301:hose']);
    expect(codes(view.suppressed)).toEqual(['PW104:app']);
    expect(view.groups[0]!.items[1]!.title).toBe(FINDING_CODES.PW301.title);
  });

  it('sorts by node label within a group', () => {
    const view = viewFindings(findings, pipeline, options({ sortBy: 'node' }));
    expect(view.groups[0]!.items.map((i) => i.targetLabel)).toEqual(['Clickstream → Delivery', 'Delivery']);
    expect(codes(view.groups[1]!.items)).toEqual(['PW104:bucket', 'PW601:bucket']);
  });

  it('groups by node: the pipeline first, then the worst, with the worst severity of each', () => {
    const view = viewFindings(findings, pipeline, options({ groupBy: 'node' }));
    expect(view.groups.map((g) => [g.title, g.severity, g.items.length])).toEqual([
      ['Pipeline', 'info', 1],
      ['Clickstream → Delivery', 'error', 1],
      ['Delivery', 'error', 1],
      ['Raw data', 'warning', 2],
    ]);
  });

  it('filters by every word typed, in code, title, message or node label', () => {
    expect(codes(viewFindings(findings, pipeline, options({ filter: 'raw' })).groups.flatMap((g) => g.items))).toEqual(['PW104:bucket', 'PW601:bucket']);
    expect(codes(viewFindings(findings, pipeline, options({ filter: 'pw104' })).suppressed)).toEqual(['PW104:app']);
    const view = viewFindings(findings, pipeline, options({ filter: 'raw encryption' }));
    expect(codes(view.groups.flatMap((g) => g.items))).toEqual(['PW601:bucket']);
    expect([view.shown, view.total]).toEqual([1, 6]);
    expect(viewFindings(findings, pipeline, options({ filter: 'invalid setting' })).shown).toBe(1);
  });

  it('gives every row a key of its own, even for repeated findings', () => {
    const twice = [findings[0]!, findings[0]!];
    const keys = viewFindings(twice, pipeline, options()).groups[0]!.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('names what a finding is about', () => {
    expect(targetLabel(pipeline, { nodeId: 'hose' })).toBe('Delivery');
    expect(targetLabel(pipeline, { edgeId: 'e1' })).toBe('Clickstream → Delivery');
    expect(targetLabel(pipeline, { edgeId: 'gone' })).toBe('gone');
    expect(targetLabel(pipeline, {})).toBeUndefined();
  });
});
