import { analyticsLayer } from './analytics-layer';
import { batchLayer } from './batch-layer';
import { dataLake } from './data-lake';
import { firehoseLab } from './firehose-lab';
import { realTimeLayer } from './real-time-layer';
import type { PipelineTemplate } from './types';
import { videoLayer } from './video-layer';

export type { PipelineTemplate } from './types';

/** Every template, in the order "New from template" lists them: the four layers, the whole lake, the lab. */
export const TEMPLATES: readonly PipelineTemplate[] = [realTimeLayer, videoLayer, batchLayer, analyticsLayer, dataLake, firehoseLab];

export function templateById(id: string): PipelineTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
