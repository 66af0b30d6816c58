import { renderExport } from '../../export';
import { writeFileAtomic } from '../../files/atomic-write';
import type { ExportFormat } from '../../../shared/ipc/contract';
import type { FileFilter, HandlerGroup } from '../types';
import { UserFacingError } from '../types';
import { choosePath } from './choose-path';

const FILTERS: Record<ExportFormat, FileFilter[]> = {
  cloudformation: [{ name: 'CloudFormation template', extensions: ['yaml', 'yml'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
};

export const exportHandlers: HandlerGroup<'export:render' | 'export:save'> = {
  'export:render': async ({ pipeline, format }) => renderExport(pipeline, format),
  'export:save': async ({ pipeline, format, path }, ctx) => {
    const rendered = renderExport(pipeline, format);
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseSavePath(rendered.fileName, FILTERS[format]));
    if (target === undefined) return { status: 'cancelled' };
    try {
      await writeFileAtomic(target, rendered.content);
    } catch (error) {
      throw new UserFacingError(`Cannot save ${target}: ${(error as Error).message}`);
    }
    return { status: 'saved', path: target };
  },
};
