import type { Finding } from '../../shared/findings/finding';

/** Exit codes: 0 ok, 1 the pipeline has errors, 2 the input is unusable. */
export const EXIT = { ok: 0, pipelineErrors: 1, unusable: 2 } as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Raw bytes to standard output (binary exports); absent, binary output is refused. */
  outBytes?(bytes: Uint8Array): void;
  /** Whether standard output is a terminal, where binary output is refused. */
  outIsTerminal?: boolean;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  const lines = findings.map((f) => `${(f.suppressed ? 'accepted' : f.severity).padEnd(8)} ${f.code}  ${f.message}${f.fix && !f.suppressed ? `  (fix: ${f.fix.label})` : ''}${f.suppressed ? `  (suppressed: ${f.suppressed.justification})` : ''}`);
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const suppressed = findings.length - active.length;
  return `${lines.join('\n')}\n\n${count('error')} errors, ${count('warning')} warnings, ${count('info')} info${suppressed ? `, ${suppressed} suppressed` : ''}\n`;
}
