import type { Dialogs, HandlerContext } from '../types';
import { UserFacingError } from '../types';

/**
 * The path the renderer gave, else the one the user picks in a native dialog; undefined when
 * the user cancelled. Without native dialogs (the web host) the renderer must give a path.
 */
export async function choosePath(path: string | undefined, ctx: HandlerContext, ask: (dialogs: Dialogs) => Promise<string | undefined>): Promise<string | undefined> {
  if (path !== undefined) return path;
  if (!ctx.dialogs) throw new UserFacingError('No file path given');
  return ask(ctx.dialogs);
}
