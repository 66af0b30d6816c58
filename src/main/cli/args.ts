/** A parsed command line: `pipewright <command> [FILE] [--flag] [--option value]`. */
export interface CliArgs {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS_WITH_VALUE = new Set(['--format', '--out']);
/** Short spellings, read as their long option. */
const SHORT_OPTIONS: Record<string, string> = { '-o': '--out' };

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  const args: CliArgs = { command, positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < rest.length; i++) {
    const arg = SHORT_OPTIONS[rest[i]!] ?? rest[i]!;
    if (OPTIONS_WITH_VALUE.has(arg)) {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      args.options.set(arg, value);
    } else if (arg.startsWith('--')) args.flags.add(arg);
    else args.positional.push(arg);
  }
  return args;
}
