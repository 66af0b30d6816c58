import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import { nodesBounds, projection, toCanvas, viewRect } from './minimap-drawing';

describe('the overview projection', () => {
  it('reads the view in canvas units from the transform and the pane size', () => {
    expect(viewRect([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, width: 400, height: 300 });
  });

  it('fits the nodes and the view in the overview, and maps a click back to canvas units', () => {
    const bounds = nodesBounds([{ x: 0, y: 0 }, { x: 1000, y: 400 }])!;
    expect(bounds).toEqual({ x: 0, y: 0, width: 1000 + NODE_WIDTH, height: 400 + NODE_HEIGHT });
    const view = viewRect([0, 0, 1], 600, 300);
    const p = projection(view, bounds, 180, 116);
    // The wider extent (the nodes, 1200 wide) fills the overview's width.
    expect(p.scale).toBeCloseTo(180 / 1200);
    expect(toCanvas(p, 0 * p.scale + p.offsetX, 0 * p.scale + p.offsetY)).toEqual({ x: 0, y: 0 });
    const far = toCanvas(p, 1000 * p.scale + p.offsetX, 400 * p.scale + p.offsetY);
    expect([Math.round(far.x), Math.round(far.y)]).toEqual([1000, 400]);
  });

  it('has no bounds without nodes, and then frames the view alone', () => {
    expect(nodesBounds([])).toBeUndefined();
    const p = projection({ x: 0, y: 0, width: 900, height: 580 }, undefined, 180, 116);
    expect(p.scale).toBeCloseTo(0.2);
  });
});
