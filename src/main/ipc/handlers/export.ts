import { exportBytes, renderExport } from '../../export';
import { writeFileAtomic } from '../../files/atomic-write';
import { EXPORT_FORMAT_INFO } from '../../../shared/ipc/export-formats';
import type { HandlerGroup } from '../types';
import { UserFacingError } from '../types';
import { choosePath } from './choose-path';

export const exportHandlers: HandlerGroup<'export:render' | 'export:save'> = {
  'export:render': async ({ pipeline, format }) => renderExport(pipeline, format),
  'export:save': async ({ pipeline, format, path }, ctx) => {
    const rendered = await renderExport(pipeline, format);
    const { filter } = EXPORT_FORMAT_INFO[format];
    const target = await choosePath(path, ctx, (dialogs) => dialogs.chooseSavePath(rendered.fileName, [{ name: filter.name, extensions: [...filter.extensions] }]));
    if (target === undefined) return { status: 'cancelled' };
    try {
      await writeFileAtomic(target, exportBytes(rendered));
    } catch (error) {
      throw new UserFacingError(`Cannot save ${target}: ${(error as Error).message}`);
    }
    return { status: 'saved', path: target };
  },
};
