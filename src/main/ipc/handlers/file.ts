import { PIPELINE_EXTENSION, readPipelineFile, writePipelineFile } from '../../files/pipeline-files';
import { importTemplateFile } from '../../import/import-file';
import type { HandlerContext, HandlerGroup } from '../types';
import { choosePath } from './choose-path';

const FILTERS = [{ name: 'Pipewright pipeline', extensions: [PIPELINE_EXTENSION.slice(1)] }];
const TEMPLATE_FILTERS = [{ name: 'CloudFormation template', extensions: ['yaml', 'yml', 'json', 'template'] }];

/** The recent-files list is a convenience: failing to update it never fails the open or save. */
async function rememberRecent(ctx: HandlerContext, path: string): Promise<void> {
  await ctx.files.recent.add(path).catch((error: Error) => console.warn(`Recent files: cannot record ${path}: ${error.message}`));
}

export const fileHandlers: HandlerGroup<'file:open' | 'file:save' | 'file:import'> = {
  'file:open': async ({ path }, ctx) => {
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseOpenPath(FILTERS));
    if (target === undefined) return { status: 'cancelled' };
    const pipeline = await readPipelineFile(target);
    await rememberRecent(ctx, target);
    return { status: 'opened', path: target, pipeline };
  },
  'file:import': async ({ path }, ctx) => {
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseOpenPath(TEMPLATE_FILTERS));
    if (target === undefined) return { status: 'cancelled' };
    const { pipeline, notes } = await importTemplateFile(target);
    return { status: 'imported', path: target, pipeline, notes: [...notes] };
  },
  'file:save': async ({ pipeline, path }, ctx) => {
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseSavePath(`${pipeline.name || 'pipeline'}${PIPELINE_EXTENSION}`, FILTERS));
    if (target === undefined) return { status: 'cancelled' };
    const written = await writePipelineFile(target, pipeline);
    await ctx.files.watchers.noteWritten(written);
    await rememberRecent(ctx, written);
    return { status: 'saved', path: written };
  },
};
