import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { PipelineNode } from '../../shared/model/pipeline';
import { boundsOf, FIT_MAX_ZOOM, FIT_PADDING } from './fit-on-load';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

const node = (id: string, x: number, y: number): PipelineNode => ({ id, kind: 's3-bucket', label: id, position: { x, y }, config: {} });

describe('framing a loaded pipeline', () => {
  it('covers every node, whole: from the top-left-most position to the far edge of the bottom-right-most node', () => {
    expect(boundsOf([node('a', 100, 50), node('b', -40, 300), node('c', 900, -20)])).toEqual({
      x: -40,
      y: -20,
      width: 900 + NODE_WIDTH + 40,
      height: 300 + NODE_HEIGHT + 20,
    });
  });

  it('puts a small pipeline in the middle of the canvas, magnified no more than 125 %', () => {
    const viewport = getViewportForBounds(boundsOf([node('a', 0, 0)]), 1000, 600, 0.1, 2.5, FIT_PADDING);
    const capped = getViewportForBounds(boundsOf([node('a', 0, 0)]), 1000, 600, 0.1, FIT_MAX_ZOOM, FIT_PADDING);
    expect(viewport.zoom).toBeGreaterThan(FIT_MAX_ZOOM);
    expect(capped.zoom).toBe(FIT_MAX_ZOOM);
    expect(capped.x + (NODE_WIDTH / 2) * capped.zoom).toBeCloseTo(500);
    expect(capped.y + (NODE_HEIGHT / 2) * capped.zoom).toBeCloseTo(300);
  });
});
