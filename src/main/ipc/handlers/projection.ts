import { projectCost } from '../../simulate/cost/project';
import type { HandlerGroup } from '../types';

/** Long-horizon storage and cost of a completed run: pure and quick (O(days) per bucket), so it runs inline. */
export const projectionHandlers: HandlerGroup<'simulation:project'> = {
  'simulation:project': async ({ pipeline, result, months }) => projectCost(pipeline, result, months),
};
