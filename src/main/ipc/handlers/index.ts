import type { HandlerTable } from '../types';
import { appHandlers } from './app';
import { exportHandlers } from './export';
import { fileHandlers } from './file';
import { menuHandlers } from './menu';
import { fileSafetyHandlers } from './file-safety';
import { layoutHandlers } from './layout';
import { pipelineHandlers } from './pipeline';
import { projectionHandlers } from './projection';
import { simulationHandlers } from './simulation';

/** Every channel's handler, one file per domain. Both transports serve this table. */
export const HANDLERS = {
  ...appHandlers,
  ...pipelineHandlers,
  ...simulationHandlers,
  ...projectionHandlers,
  ...exportHandlers,
  ...fileHandlers,
  ...menuHandlers,
  ...fileSafetyHandlers,
  ...layoutHandlers,
} satisfies HandlerTable;
