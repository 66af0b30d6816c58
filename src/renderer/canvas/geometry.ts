import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';

/** Every node has the same size, known up front, so React Flow needs no measuring pass to lay out. */
export { NODE_HEIGHT, NODE_WIDTH };
export const HANDLE_SIZE = 10;

/** Vertical centre of port `index` of `count` on a node side, in px from the node's top. */
export const portY = (index: number, count: number) => Math.round(((index + 1) / (count + 1)) * NODE_HEIGHT);

/** Where a node is placed so that its centre lands on `point`. */
export const centredAt = (point: { x: number; y: number }) => ({ x: point.x - NODE_WIDTH / 2, y: point.y - NODE_HEIGHT / 2 });
