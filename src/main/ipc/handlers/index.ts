import type { HandlerTable } from '../types';
import { appHandlers } from './app';
import { exportHandlers } from './export';
import { fileHandlers } from './file';
import { layoutHandlers } from './layout';
import { pipelineHandlers } from './pipeline';
import { simulationHandlers } from './simulation';

/** Every channel's handler, one file per domain. Both transports serve this table. */
export const HANDLERS = {
  ...appHandlers,
  ...pipelineHandlers,
  ...simulationHandlers,
  ...exportHandlers,
  ...fileHandlers,
  ...layoutHandlers,
} satisfies HandlerTable;
