import { readFile } from 'node:fs/promises';
import type { Pipeline } from '../../../shared/model/pipeline';
import { hasErrors, validatePipeline } from '../../validate/validate';
import { UsageError, type CliArgs } from '../args';
import { EXIT, findingsText, printJson, type CliIo } from '../output';
import { toSarif } from '../sarif';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function validateCommand(pipeline: Pipeline, args: CliArgs, io: CliIo, file: string): Promise<number> {
  const format = args.options.get('--format') ?? (args.flags.has('--json') ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`validate --format must be one of ${FORMATS.join(', ')}`);
  const findings = validatePipeline(pipeline);
  if (format === 'sarif') printJson(io, toSarif(findings, { uri: file, text: await readFile(file, 'utf8') }));
  else if (format === 'json') printJson(io, { findings });
  else io.out(findingsText(findings));
  return hasErrors(findings) ? EXIT.pipelineErrors : EXIT.ok;
}
