import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { emptyPipeline, PipelineSchema, type Pipeline } from '../../shared/model/pipeline';
import { CLIPBOARD_FORMAT, parsePayload, payloadOf, serializePayload } from './payload';
import { PASTE_STEP, pasteElements } from './paste';

const paste = (pipeline: Pipeline, ...args: Parameters<typeof pasteElements> extends [unknown, ...infer R] ? R : never) => {
  let ids: string[] = [];
  const next = produce(pipeline, (d) => void (ids = pasteElements(d, ...args)));
  return { next, ids };
};

describe('clipboard payload', () => {
  const source = clickstreamPipeline();
  const [a, b, c] = source.nodes as [Pipeline['nodes'][number], Pipeline['nodes'][number], Pipeline['nodes'][number]];

  it('holds the chosen nodes and only the edges between two of them', () => {
    const payload = payloadOf(source, [a.id, b.id])!;
    expect(payload.format).toBe(CLIPBOARD_FORMAT);
    expect(payload.nodes.map((n) => n.id)).toEqual([a.id, b.id]);
    expect(payload.edges.every((e) => [a.id, b.id].includes(e.source) && [a.id, b.id].includes(e.target))).toBe(true);
    expect(payload.edges).toHaveLength(source.edges.filter((e) => e.source === a.id && e.target === b.id).length);
    expect(payloadOf(source, [])).toBeUndefined();
    expect(c).toBeDefined();
  });

  it('reads back what it wrote', () => {
    const payload = payloadOf(source, source.nodes.map((n) => n.id))!;
    expect(parsePayload(serializePayload(payload))).toEqual({ ok: true, payload });
  });

  it.each([
    ['plain text', 'hello', 'it is not JSON'],
    ['another JSON', '{"a":1}', 'no "format": "pipewright-clipboard"'],
    ['a newer version', JSON.stringify({ format: CLIPBOARD_FORMAT, version: 99, nodes: [], edges: [] }), 'newer Pipewright (clipboard version 99'],
    ['no nodes', JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, nodes: [], edges: [] }), 'nodes: Expected at least one node'],
    [
      'a bad position',
      JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, nodes: [{ id: 'x', kind: 's3-bucket', label: 'X', position: { x: 'left', y: 0 }, config: {} }], edges: [] }),
      'nodes[0].position.x',
    ],
  ])('refuses %s with a message naming the problem', (_name, text, message) => {
    const parsed = parsePayload(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});

describe('pasting', () => {
  const source = clickstreamPipeline();
  const payload = payloadOf(source, source.nodes.map((n) => n.id))!;

  it('into another document keeps ids free, labels, layout and every edge between the copies', () => {
    const target = produce(emptyPipeline('Other'), (d) => void d.nodes.push({ id: source.nodes[0]!.id, kind: 's3-bucket', label: source.nodes[0]!.label, position: { x: -500, y: -500 }, config: {} }));
    const { next, ids } = paste(target, payload);
    expect(PipelineSchema.safeParse(next).success).toBe(true);
    const all = [...next.nodes.map((n) => n.id), ...next.edges.map((e) => e.id)];
    expect(new Set(all).size).toBe(all.length);
    expect(ids).toHaveLength(source.nodes.length);
    expect(ids).not.toContain(source.nodes[0]!.id);
    // The one label already taken gets a number; the others keep theirs.
    expect(next.nodes.find((n) => n.id === ids[0])!.label).toBe(`${source.nodes[0]!.label} 2`);
    expect(next.nodes.filter((n) => ids.slice(1).includes(n.id)).map((n) => n.label)).toEqual(source.nodes.slice(1).map((n) => n.label));
    // Nothing sat where the copies go: they keep their exact positions.
    expect(next.nodes.filter((n) => ids.includes(n.id)).map((n) => n.position)).toEqual(source.nodes.map((n) => n.position));
    const pasted = new Set(ids);
    const edges = next.edges.filter((e) => pasted.has(e.source));
    expect(edges).toHaveLength(source.edges.length);
    const index = new Map(source.nodes.map((n, i) => [n.id, ids[i]!]));
    expect(edges.map((e) => [e.source, e.target, e.sourcePort, e.targetPort])).toEqual(
      source.edges.map((e) => [index.get(e.source), index.get(e.target), e.sourcePort, e.targetPort]),
    );
  });

  it('over the originals moves one step, and the next paste one step more', () => {
    const once = paste(source, payload);
    const twice = paste(once.next, payload);
    const first = source.nodes[0]!.position;
    expect(once.next.nodes.find((n) => n.id === once.ids[0])!.position).toEqual({ x: first.x + PASTE_STEP, y: first.y + PASTE_STEP });
    expect(twice.next.nodes.find((n) => n.id === twice.ids[0])!.position).toEqual({ x: first.x + 2 * PASTE_STEP, y: first.y + 2 * PASTE_STEP });
    expect(once.next.nodes.find((n) => n.id === once.ids[0])!.label).not.toBe(source.nodes[0]!.label);
  });

  it('at a point puts the copies’ top-left corner there, keeping their layout', () => {
    const { next, ids } = paste(source, payload, { x: 1000.4, y: 2000 });
    const copies = next.nodes.filter((n) => ids.includes(n.id));
    expect(Math.min(...copies.map((n) => n.position.x))).toBe(1000);
    expect(Math.min(...copies.map((n) => n.position.y))).toBe(2000);
    const dx = copies[1]!.position.x - copies[0]!.position.x;
    expect(dx).toBe(source.nodes[1]!.position.x - source.nodes[0]!.position.x);
  });

  it('does not carry what an imported template said about the original (a copy is a new resource)', () => {
    const withCfn = { ...payload, nodes: [{ ...payload.nodes[0]!, cloudformation: { logicalId: 'Orders' } }] };
    const { next, ids } = paste(emptyPipeline(), { ...withCfn, edges: [] });
    expect(next.nodes.find((n) => n.id === ids[0])).not.toHaveProperty('cloudformation');
  });
});
