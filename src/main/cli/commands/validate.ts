import type { Pipeline } from '../../../shared/model/pipeline';
import { hasErrors, validatePipeline } from '../../validate/validate';
import type { CliArgs } from '../args';
import { EXIT, findingsText, printJson, type CliIo } from '../output';

export async function validateCommand(pipeline: Pipeline, args: CliArgs, io: CliIo): Promise<number> {
  const findings = validatePipeline(pipeline);
  if (args.flags.has('--json')) printJson(io, { findings });
  else io.out(findingsText(findings));
  return hasErrors(findings) ? EXIT.pipelineErrors : EXIT.ok;
}
