import { writeFileAtomic } from '../../files/atomic-write';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/ipc/contract';
import type { Pipeline } from '../../../shared/model/pipeline';
import { ExportError } from '../../export/errors';
import { exportBytes, renderExport } from '../../export';
import { hasErrors, validatePipeline } from '../../validate/validate';
import { UsageError, type CliArgs } from '../args';
import { EXIT, findingsText, printJson, type CliIo } from '../output';

export async function exportCommand(pipeline: Pipeline, args: CliArgs, io: CliIo): Promise<number> {
  const format = (args.options.get('--format') ?? 'cfn-yaml') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const findings = validatePipeline(pipeline);
  if (hasErrors(findings)) {
    io.err(`The pipeline has errors; fix them before exporting.\n${findingsText(findings)}`);
    return EXIT.pipelineErrors;
  }
  let rendered;
  try {
    rendered = await renderExport(pipeline, format);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.pipelineErrors;
  }
  const out = args.options.get('--out');
  if (out) await writeFileAtomic(out, exportBytes(rendered));
  // --json carries binary content as base64, so it is text like the rest.
  if (args.flags.has('--json')) printJson(io, { ...rendered, ...(out ? { path: out } : {}) });
  else if (out) io.out(`Wrote ${out}\n`);
  else if (rendered.encoding === 'utf8') io.out(rendered.content);
  else if (io.outBytes && io.outIsTerminal === false) io.outBytes(exportBytes(rendered));
  else {
    io.err(`pipewright: ${format} is binary and is not printed to a terminal; write it to a file with -o FILE\n`);
    return EXIT.unusable;
  }
  return EXIT.ok;
}
