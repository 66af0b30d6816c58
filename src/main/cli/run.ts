import { readPipelineFile } from '../files/pipeline-files';
import { UserFacingError } from '../ipc/types';
import { parseArgs, UsageError } from './args';
import { catalogCommand } from './commands/catalog';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { simulateCommand } from './commands/simulate';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
import { EXIT, type CliIo } from './output';

/** Commands that read a pipeline FILE. */
const FILE_COMMANDS = { validate: validateCommand, simulate: simulateCommand, export: exportCommand } as const;
/** Commands that read nothing but their arguments. */
const OTHER_COMMANDS = { catalog: catalogCommand, templates: templatesCommand, import: importCommand } as const;

export const USAGE = `Usage: pipewright <command> [FILE | NAME] [options]

Commands:
  validate FILE            check the pipeline; findings with codes and fixes
  simulate FILE            run the traffic simulation; per-node results
  export FILE              CloudFormation template (default) or diagram; see --format
  catalog                  every node kind: category, ports, settings (JSON Schema with --json)
  templates [NAME]         the reference pipelines; with NAME, that pipeline as a .pipewright file
  import TEMPLATE          a CloudFormation template (YAML or JSON) as a .pipewright file

Options:
  --json                   machine-readable output
  --format FORMAT          validate: text, json or sarif (SARIF 2.1.0 for code scanning);
                           export: cfn-yaml (default), cfn-json, asl (Step Functions),
                           svg, png (2x; binary: -o or a redirect), drawio or mermaid
  -o, --out PATH           export, templates, import: write to PATH instead of standard output
  --force                  import: replace PATH if it exists

Exit status: 0 ok, 1 the pipeline has errors (suppressed findings do not count), 2 unusable input.
`;

/** The whole command line as a function of its arguments and output streams: testable in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === undefined || args.flags.has('--help') || args.command === 'help') {
      io.out(USAGE);
      return args.command === undefined ? EXIT.unusable : EXIT.ok;
    }
    if (Object.hasOwn(OTHER_COMMANDS, args.command)) return await OTHER_COMMANDS[args.command as keyof typeof OTHER_COMMANDS](args, io);
    if (!Object.hasOwn(FILE_COMMANDS, args.command)) throw new UsageError(`unknown command "${args.command}"`);
    const [file, ...extra] = args.positional;
    if (file === undefined) throw new UsageError(`${args.command} needs a FILE`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const pipeline = await readPipelineFile(file);
    return await FILE_COMMANDS[args.command as keyof typeof FILE_COMMANDS](pipeline, args, io, file);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pipewright: ${error.message}\n\n${USAGE}`);
      return EXIT.unusable;
    }
    if (error instanceof UserFacingError) {
      io.err(`pipewright: ${error.message}\n`);
      return EXIT.unusable;
    }
    io.err(`pipewright: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.unusable;
  }
}
