import { describe, expect, it } from 'vitest';
import { validatePipeline } from '../../src/main/validate/validate';
import { simulate } from '../../src/main/simulate/engine';
import { edgeKindOf } from '../../src/shared/catalog/connections';
import { PipelineSchema } from '../../src/shared/model/pipeline';
import { TEMPLATES } from '../../src/shared/templates';

/** The canvas's node box (see src/renderer/canvas). */
const NODE = { width: 200, height: 72 };

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  const pipeline = template.build();

  it('is a valid document with no errors (warnings allowed)', () => {
    expect(PipelineSchema.safeParse(pipeline).success).toBe(true);
    expect(validatePipeline(pipeline).filter((f) => f.severity === 'error')).toEqual([]);
    expect(pipeline.description).toBe(template.description);
  });

  it('is laid out readably: no two nodes overlap, every node is connected', () => {
    const [a, b] = [NODE.width, NODE.height];
    for (const [i, n] of pipeline.nodes.entries()) {
      for (const m of pipeline.nodes.slice(i + 1)) {
        const apart = Math.abs(n.position.x - m.position.x) >= a || Math.abs(n.position.y - m.position.y) >= b;
        expect(apart, `${n.id} overlaps ${m.id}`).toBe(true);
      }
      expect(pipeline.edges.some((e) => e.source === n.id || e.target === n.id), `${n.id} is connected`).toBe(true);
    }
  });

  it('gives every edge its ports, and so its kind', () => {
    for (const edge of pipeline.edges) {
      expect(edge.sourcePort && edge.targetPort, edge.id).toBeTruthy();
      expect(['data', 'control', 'metadata']).toContain(edgeKindOf(pipeline, edge));
    }
  });

  it('is a fresh copy every time', () => {
    expect(template.build()).toEqual(pipeline);
    expect(template.build()).not.toBe(pipeline);
  });

  it('simulates without error', () => {
    pipeline.simulation.durationSeconds = 60;
    expect(simulate(pipeline)).not.toBe('stopped');
  });
});

describe('templates', () => {
  it('cover the four layers of the notes and the whole data lake, with unique ids', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['real-time-layer', 'video-layer', 'batch-layer', 'analytics-layer', 'data-lake']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses control and metadata edges where the notes do', () => {
    const kinds = (id: string) => {
      const pipeline = TEMPLATES.find((t) => t.id === id)!.build();
      return new Set(pipeline.edges.map((e) => edgeKindOf(pipeline, e)));
    };
    expect(kinds('batch-layer')).toEqual(new Set(['data', 'control', 'metadata']));
    expect(kinds('real-time-layer')).toContain('metadata');
  });
});
