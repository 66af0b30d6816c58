import { describe, expect, it } from 'vitest';
import { edgeKindOf } from '../../shared/catalog/connections';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import type { Pipeline, PipelineEdge, Position } from '../../shared/model/pipeline';
import { TEMPLATES } from '../../shared/templates';
import { dispatch } from '../ipc/dispatch';
import { HANDLERS } from '../ipc/handlers';
import { testHandlerContext } from '../ipc/testing';
import { autoLayout } from './auto-layout';

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.build();

/** Nodes laid on top of each other: what a layout must never produce. */
function overlapping(positions: ReadonlyMap<string, Position>): string[] {
  const entries = [...positions];
  const pairs: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, p] = entries[i]!;
      const [b, q] = entries[j]!;
      if (p.x < q.x + NODE_WIDTH && q.x < p.x + NODE_WIDTH && p.y < q.y + NODE_HEIGHT && q.y < p.y + NODE_HEIGHT) pairs.push(`${a}/${b}`);
    }
  }
  return pairs;
}

/** Whether `to` can be reached from `from` along data edges. */
function reaches(dataEdges: readonly PipelineEdge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  for (let frontier = [from]; frontier.length > 0; ) {
    frontier = dataEdges.filter((e) => frontier.includes(e.source) && !seen.has(e.target)).map((e) => (seen.add(e.target), e.target));
    if (seen.has(to)) return true;
  }
  return false;
}

/**
 * Data edges whose target is not to the right of their source, leaving out edges on a data cycle
 * (an EMR cluster reading the lake and writing back to it): one edge of a cycle must go back.
 */
function backwardDataEdges(pipeline: Pipeline, positions: ReadonlyMap<string, Position>): string[] {
  const data = pipeline.edges.filter((e) => edgeKindOf(pipeline, e) === 'data');
  return data
    .filter((e) => !reaches(data, e.target, e.source))
    .filter((e) => positions.get(e.target)!.x <= positions.get(e.source)!.x)
    .map((e) => `${e.source} → ${e.target}`);
}

/** Scrambles a pipeline's layout (a reversed diagonal: data flowing right to left), deterministically. */
function scrambled(pipeline: Pipeline): Pipeline {
  return { ...pipeline, nodes: pipeline.nodes.map((n, i) => ({ ...n, position: { x: (pipeline.nodes.length - i) * 230, y: ((i * 7) % 5) * 90 } })) };
}

describe('auto-layout', () => {
  it.each(TEMPLATES.map((t) => [t.id] as const))('lays out %s left to right along every data edge, with no overlaps', async (id) => {
    const pipeline = scrambled(template(id));
    const positions = await autoLayout(pipeline);
    expect([...positions.keys()].sort()).toEqual(pipeline.nodes.map((n) => n.id).sort());
    expect(backwardDataEdges(pipeline, positions)).toEqual([]);
    expect(overlapping(positions)).toEqual([]);
  });

  it('breaks a data cycle once: the lake and the Spark cluster that reads and writes it sit side by side', async () => {
    const pipeline = scrambled(template('analytics-layer'));
    const positions = await autoLayout(pipeline);
    const lake = positions.get('lake')!;
    const spark = positions.get('spark')!;
    expect(lake.x).not.toBe(spark.x);
    expect(Math.abs(lake.x - spark.x)).toBeLessThan(2 * (NODE_WIDTH + 60) + 1);
  });

  it('keeps the pipeline where it was: the top-left corner does not move', async () => {
    const pipeline = scrambled(template('real-time-layer'));
    const positions = await autoLayout(pipeline);
    const corner = (ps: Position[]) => ({ x: Math.min(...ps.map((p) => p.x)), y: Math.min(...ps.map((p) => p.y)) });
    expect(corner([...positions.values()])).toEqual(corner(pipeline.nodes.map((n) => n.position)));
  });

  it('is deterministic', async () => {
    const pipeline = scrambled(template('data-lake'));
    expect([...(await autoLayout(pipeline))]).toEqual([...(await autoLayout(pipeline))]);
  });

  it('leaves pinned nodes exactly where they are and moves the others out of their way', async () => {
    const base = scrambled(template('data-lake'));
    // Pinned nodes in awkward places: one on the far left, one in the middle of where the layout goes.
    const pins = new Map([
      [base.nodes[3]!.id, { x: -517, y: 333 }],
      [base.nodes[20]!.id, { x: 401, y: 97 }],
    ]);
    const pipeline = { ...base, nodes: base.nodes.map((n) => (pins.has(n.id) ? { ...n, pinned: true, position: pins.get(n.id)! } : n)) };
    const positions = await autoLayout(pipeline);
    for (const [id, at] of pins) expect(positions.get(id)).toEqual(at);
    expect(overlapping(positions)).toEqual([]);
    // The unpinned nodes still follow the data flow among themselves.
    const unpinned = { ...pipeline, edges: pipeline.edges.filter((e) => !pins.has(e.source) && !pins.has(e.target)) };
    expect(backwardDataEdges(unpinned, positions)).toEqual([]);
  });

  it('answers over the IPC contract, and refuses a malformed pipeline naming the field', async () => {
    const ctx = testHandlerContext();
    const pipeline = template('firehose-lab');
    const ok = await dispatch(HANDLERS, 'layout:auto', { pipeline }, ctx);
    expect(ok.ok && (ok.value as { positions: unknown[] }).positions).toHaveLength(pipeline.nodes.length);
    const bad = await dispatch(HANDLERS, 'layout:auto', { pipeline: { ...pipeline, nodes: [{ ...pipeline.nodes[0], position: { x: 'left', y: 0 } }] } }, ctx);
    expect(bad).toEqual({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('pipeline.nodes[0].position.x') } });
  });
});
