export interface WebArgs {
  /** 0 picks a free port. */
  port: number;
  /** Where recent files and recovery copies live; undefined: the OS's settings folder. */
  userData?: string;
}

/** The web host's command line: `--port N` and `--user-data DIR`, each with its value. */
export function parseWebArgs(argv: readonly string[]): WebArgs | { error: string } {
  const args: WebArgs = { port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port') {
      const port = Number(value);
      if (value === undefined || !Number.isInteger(port) || port < 0 || port > 65_535) return { error: `--port must be 0–65535, got "${value ?? ''}"` };
      args.port = port;
    } else if (flag === '--user-data') {
      if (!value || value.startsWith('--')) return { error: '--user-data needs a folder' };
      args.userData = value;
    } else return { error: `unknown option "${flag}" (options: --port N, --user-data DIR)` };
    i++;
  }
  return args;
}
