import { autoLayout } from '../../layout/auto-layout';
import { LayoutError } from '../../layout/layout-worker-client';
import type { HandlerGroup } from '../types';
import { UserFacingError } from '../types';

export const layoutHandlers: HandlerGroup<'layout:auto'> = {
  'layout:auto': async ({ pipeline }) => {
    try {
      return { positions: [...(await autoLayout(pipeline))].map(([id, { x, y }]) => ({ id, x, y })) };
    } catch (error) {
      // The renderer says "Auto-layout failed: " before the message.
      throw error instanceof LayoutError ? new UserFacingError(error.message) : error;
    }
  },
};
