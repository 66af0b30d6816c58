import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import { alignPositions, distributePositions, type Placed } from './align';

const at = (id: string, x: number, y: number): Placed => ({ id, position: { x, y } });
const three = [at('a', 100, 40), at('b', 340, 300), at('c', 220, 180)];

describe('align', () => {
  it('lines nodes up on the left, centre or right of their bounding box, leaving y alone', () => {
    expect(alignPositions(three, 'left')).toEqual(new Map([['b', { x: 100, y: 300 }], ['c', { x: 100, y: 180 }]]));
    expect(alignPositions(three, 'right')).toEqual(new Map([['a', { x: 340, y: 40 }], ['c', { x: 340, y: 180 }]]));
    // Box 100..340+width: its centre line is at 220 + width/2, so every node's x becomes 220.
    expect(alignPositions(three, 'centre')).toEqual(new Map([['a', { x: 220, y: 40 }], ['b', { x: 220, y: 300 }]]));
  });

  it('lines nodes up on the top, middle or bottom, leaving x alone', () => {
    expect(alignPositions(three, 'top')).toEqual(new Map([['b', { x: 340, y: 40 }], ['c', { x: 220, y: 40 }]]));
    expect(alignPositions(three, 'bottom')).toEqual(new Map([['a', { x: 100, y: 300 }], ['c', { x: 220, y: 300 }]]));
    expect(alignPositions(three, 'middle')).toEqual(new Map([['a', { x: 100, y: 170 }], ['b', { x: 340, y: 170 }], ['c', { x: 220, y: 170 }]]));
  });

  it('does nothing for fewer than two nodes, or nodes already aligned', () => {
    expect(alignPositions([at('a', 5, 5)], 'left').size).toBe(0);
    expect(alignPositions([at('a', 5, 5), at('b', 5, 90)], 'left').size).toBe(0);
  });
});

describe('distribute', () => {
  it('makes the horizontal gaps between neighbours equal, keeping the outermost nodes and the order', () => {
    const nodes = [at('a', 0, 0), at('b', 250, 10), at('c', 300, 20), at('d', 900, 30)];
    const moved = distributePositions(nodes, 'horizontal');
    expect(moved).toEqual(new Map([['b', { x: 300, y: 10 }], ['c', { x: 600, y: 20 }]]));
    const xs = [0, 300, 600, 900];
    const gaps = xs.slice(1).map((x, i) => x - xs[i]! - NODE_WIDTH);
    expect(new Set(gaps).size).toBe(1);
  });

  it('makes the vertical gaps equal', () => {
    const nodes = [at('a', 0, 0), at('b', 10, 500), at('c', 20, 100)];
    expect(distributePositions(nodes, 'vertical')).toEqual(new Map([['c', { x: 20, y: 250 }]]));
    expect(250 - 0 - NODE_HEIGHT).toBe(500 - 250 - NODE_HEIGHT);
  });

  it('needs three nodes, and leaves evenly spaced nodes alone', () => {
    expect(distributePositions([at('a', 0, 0), at('b', 400, 0)], 'horizontal').size).toBe(0);
    expect(distributePositions([at('a', 0, 0), at('b', 300, 0), at('c', 600, 0)], 'horizontal').size).toBe(0);
  });
});
