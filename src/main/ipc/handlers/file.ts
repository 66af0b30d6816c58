import { PIPELINE_EXTENSION, readPipelineFile, writePipelineFile } from '../../files/pipeline-files';
import { importTemplateFile } from '../../import/import-file';
import type { HandlerGroup } from '../types';
import { choosePath } from './choose-path';

const FILTERS = [{ name: 'Pipewright pipeline', extensions: [PIPELINE_EXTENSION.slice(1)] }];
const TEMPLATE_FILTERS = [{ name: 'CloudFormation template', extensions: ['yaml', 'yml', 'json', 'template'] }];

export const fileHandlers: HandlerGroup<'file:open' | 'file:save' | 'file:import'> = {
  'file:open': async ({ path }, ctx) => {
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseOpenPath(FILTERS));
    if (target === undefined) return { status: 'cancelled' };
    return { status: 'opened', path: target, pipeline: await readPipelineFile(target) };
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
    return { status: 'saved', path: await writePipelineFile(target, pipeline) };
  },
};
