import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegoEngine, TemplateFile, type Engine, type StandardDiagnostic } from '@aws/cloudformation-validate';

/**
 * AWS's two template checkers, for tests: @aws/cloudformation-validate (offline, strict) always,
 * cfn-lint when it is on PATH. Both read files, so templates are written to a temporary folder.
 */

export function templateFolder(): { write(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-cfn-'));
  return {
    write(name, text) {
      const path = join(dir, `${name.replace(/[^A-Za-z0-9]+/g, '-')}.template.yaml`);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const describeDiagnostic = (d: StandardDiagnostic): string =>
  `[${d.severity}] ${d.ruleId} ${d.entity?.logicalId ?? ''} ${d.propertyPath ?? ''} (line ${d.startLine ?? '?'}): ${d.message}`;

let engine: Engine | undefined;

/**
 * Diagnostics of @aws/cloudformation-validate in strict mode (warnings become errors). INFO notices
 * are left out: they only say a property is create-only (I9001) or a resource could carry tags (I9040).
 * The engine compiles its rules once per test file (several seconds): call it in a test with a long timeout.
 */
export function cfnValidateDiagnostics(path: string): string[] {
  engine ??= new RegoEngine();
  const report = engine.validateStandard(new TemplateFile(path), { strict: true, severityLevel: 'WARN' });
  const diagnostics = report.diagnostics.map(describeDiagnostic);
  if (diagnostics.length === 0 && report.status !== 'OK') diagnostics.push(`status ${report.status}`);
  return diagnostics;
}

export function freeCfnValidate(): void {
  engine?.free();
  engine = undefined;
}

const cfnLintVersion = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
/** Why cfn-lint checks are skipped on this machine, or undefined when cfn-lint is on PATH. */
export const cfnLintMissing: string | undefined =
  cfnLintVersion.error !== undefined || cfnLintVersion.status !== 0 ? 'cfn-lint is not on PATH (pip install cfn-lint to run it)' : undefined;
if (cfnLintMissing) console.warn(`${cfnLintMissing}: cfn-lint checks of exported templates are skipped.`);

/** cfn-lint's output for the files: empty when it finds no error and no warning. */
export function cfnLintOutput(paths: readonly string[]): string {
  const result = spawnSync('cfn-lint', ['--', ...paths], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}
