import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/templates';
import { searchNodes } from './node-search';

const lake = TEMPLATES.find((t) => t.id === 'data-lake')!.build();
const ids = (query: string) => searchNodes(lake.nodes, query).map((m) => m.id);

describe('node search', () => {
  it('finds nodes by label, case-insensitively, best match first', () => {
    const label = lake.nodes[0]!.label;
    const found = searchNodes(lake.nodes, label.toUpperCase());
    expect(found[0]).toMatchObject({ id: lake.nodes[0]!.id, field: 'label' });
  });

  it('finds nodes by id and by kind title', () => {
    expect(ids('rt-lake')[0]).toBe('rt-lake');
    const streams = lake.nodes.filter((n) => n.kind === 'kinesis-data-stream').map((n) => n.id);
    expect(streams.length).toBeGreaterThan(0);
    expect(ids('kinesis data stream')).toEqual(expect.arrayContaining(streams));
    expect(searchNodes(lake.nodes, 'kinesis data stream').every((m) => m.kindTitle.toLowerCase().includes('kinesis') || m.label.toLowerCase().includes('kinesis'))).toBe(true);
  });

  it('matches letters in order as a last resort, below real substrings', () => {
    const fuzzy = searchNodes(lake.nodes, 'kds');
    expect(fuzzy.length).toBeGreaterThan(0);
    expect(fuzzy.map((m) => m.kindTitle)).toContain('Amazon Kinesis Data Streams');
    // A node whose label contains the query comes before one that only has its letters in order.
    const [first] = searchNodes([{ ...lake.nodes[0]!, id: 'n1', label: 'Kinesis data stream' }, { ...lake.nodes[0]!, id: 'n2', label: 'KDS' }], 'kds');
    expect(first!.id).toBe('n2');
  });

  it('finds nothing for an empty query or a name no node has', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzz-no-such-node')).toEqual([]);
  });
});
