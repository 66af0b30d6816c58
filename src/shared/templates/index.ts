import { firehoseLab } from './firehose-lab';
import type { PipelineTemplate } from './types';

export type { PipelineTemplate } from './types';

/** Every template, in the order "New from template" lists them. */
export const TEMPLATES: readonly PipelineTemplate[] = [firehoseLab];

export function templateById(id: string): PipelineTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
