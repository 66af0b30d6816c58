import type { HandlerGroup } from '../types';

/** The renderer's menu model becomes the native menu where there is one; clicks come back as `menu:command`. */
export const menuHandlers: HandlerGroup<'menu:set'> = {
  'menu:set': async (model, ctx) => {
    if (!ctx.nativeMenu) return { applied: false };
    ctx.nativeMenu.set(model, (id) => ctx.emit('menu:command', { id }));
    return { applied: true };
  },
};
