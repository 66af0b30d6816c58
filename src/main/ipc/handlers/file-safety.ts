import { UserFacingError, type HandlerGroup } from '../types';

type FileSafetyChannel = 'files:recent' | 'recovery:save' | 'recovery:list' | 'recovery:restore' | 'recovery:discard' | 'file:watch' | 'window:close';

export const fileSafetyHandlers: HandlerGroup<FileSafetyChannel> = {
  'files:recent': async (_input, ctx) => ({ files: await ctx.files.recent.list() }),
  'recovery:save': async ({ pipeline, path, dirty }, ctx) => ({ status: await ctx.files.recovery.save(ctx.client, { pipeline, path, dirty }) }),
  'recovery:list': async (_input, ctx) => ({ entries: await ctx.files.recovery.list() }),
  'recovery:restore': async ({ id }, ctx) => ctx.files.recovery.restore(ctx.client, id),
  'recovery:discard': async ({ id }, ctx) => ({ discarded: await ctx.files.recovery.discard(id) }),
  'file:watch': async ({ path }, ctx) => {
    if (path === undefined) {
      ctx.files.watchers.stop(ctx.client);
      return { watching: false };
    }
    await ctx.files.watchers.watch(ctx.client, path, (change) => ctx.emit('file:changed-on-disk', change));
    return { watching: true };
  },
  'window:close': async (_input, ctx) => {
    if (!ctx.closeWindow) throw new UserFacingError('Only a desktop window can be closed by Pipewright; close the browser tab instead');
    // The renderer has settled its unsaved changes (saved, or chose not to): nothing is left to recover.
    ctx.files.watchers.stop(ctx.client);
    await ctx.files.recovery.forget(ctx.client);
    ctx.closeWindow();
    return { closing: true };
  },
};
