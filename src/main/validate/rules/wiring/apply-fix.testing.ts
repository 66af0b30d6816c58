import type { Finding } from '../../../../shared/findings/finding';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { applyFix as applyOperations } from '../testing';

/** A copy of the pipeline with the finding's fix applied (the finding must have one). */
export function applyFix(pipeline: Pipeline, finding: Finding | undefined): Pipeline {
  if (!finding?.fix) throw new Error(`${finding?.code ?? 'The finding'} has no fix`);
  return applyOperations(pipeline, finding.fix.operations);
}
