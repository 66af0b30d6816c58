import { validatePipeline } from '../../validate/validate';
import type { HandlerGroup } from '../types';

export const pipelineHandlers: HandlerGroup<'pipeline:validate'> = {
  'pipeline:validate': async ({ pipeline }) => ({ findings: validatePipeline(pipeline) }),
};
