import { extname } from 'node:path';
import { serializePipeline } from '../../../shared/model/serialize';
import { writeFileAtomic } from '../../files/atomic-write';
import { PIPELINE_EXTENSION } from '../../files/pipeline-files';
import { importTemplateFile } from '../../import/import-file';
import { UserFacingError } from '../../ipc/types';
import { UsageError, type CliArgs } from '../args';
import { EXIT, printJson, type CliIo } from '../output';

/**
 * `import TEMPLATE [-o FILE] [--force]`: a CloudFormation template as a `.pipewright` document, on
 * standard output or written atomically to FILE, which must not exist unless --force. What the
 * import kept as it is goes to standard error (or into the --json output).
 */
export async function importCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [template, ...extra] = args.positional;
  if (template === undefined) throw new UsageError('import needs a TEMPLATE (a CloudFormation template, YAML or JSON)');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const { pipeline, notes } = await importTemplateFile(template);
  const text = serializePipeline(pipeline);
  const out = args.options.get('--out');
  const path = out === undefined ? undefined : extname(out) === '' ? `${out}${PIPELINE_EXTENSION}` : out;
  if (path !== undefined) {
    try {
      await writeFileAtomic(path, text, { overwrite: args.flags.has('--force') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserFacingError(code === 'EEXIST' ? `${path} exists; pass --force to replace it` : `Cannot write ${path}: ${(error as Error).message}`);
    }
  }
  if (args.flags.has('--json')) {
    printJson(io, { ...(path ? { path } : { pipeline }), nodes: pipeline.nodes.length, edges: pipeline.edges.length, notes });
    return EXIT.ok;
  }
  for (const note of notes) io.err(`note: ${note}\n`);
  if (path) io.out(`Wrote ${path}: ${pipeline.nodes.length} nodes, ${pipeline.edges.length} edges\n`);
  else io.out(text);
  return EXIT.ok;
}
