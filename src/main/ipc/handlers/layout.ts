import { autoLayout } from '../../layout/auto-layout';
import type { HandlerGroup } from '../types';

export const layoutHandlers: HandlerGroup<'layout:auto'> = {
  'layout:auto': async ({ pipeline }) => ({ positions: [...(await autoLayout(pipeline))].map(([id, { x, y }]) => ({ id, x, y })) }),
};
