import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegoEngine, TemplateFile, type Engine, type StandardDiagnostic } from '@aws/cloudformation-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICKSTREAM_VARIANTS } from '../../../../test/fixtures/pipelines';
import { cloudFormationYaml } from './index';

// Both validators read files: each variant's template is written to a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'pipewright-cfn-'));
const files = Object.entries(CLICKSTREAM_VARIANTS).map(([variant, pipeline]) => {
  const path = join(dir, `${variant.replace(/[^A-Za-z0-9]+/g, '-')}.template.yaml`);
  writeFileSync(path, cloudFormationYaml(pipeline));
  return { variant, path };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const describeDiagnostic = (d: StandardDiagnostic): string =>
  `[${d.severity}] ${d.ruleId} ${d.entity?.logicalId ?? ''} ${d.propertyPath ?? ''} (line ${d.startLine ?? '?'}): ${d.message}`;

describe('@aws/cloudformation-validate, strict', () => {
  let engine: Engine;
  // Compiling the bundled rules can take several seconds on a busy machine.
  beforeAll(() => {
    engine = new RegoEngine();
  }, 120_000);
  afterAll(() => engine.free());

  // strict turns warnings into errors. INFO notices are left out: they only say that a property is
  // create-only (I9001) or that a resource could carry tags (I9040), which the export leaves to the user.
  const validate = (path: string) => engine.validateStandard(new TemplateFile(path), { strict: true, severityLevel: 'WARN' });

  it.each(files.map((f) => [f.variant, f.path] as const))('accepts the template of variant %s', (_variant, path) => {
    const report = validate(path);
    const diagnostics = report.diagnostics.map(describeDiagnostic);
    if (diagnostics.length > 0) console.error(`${path}:\n${diagnostics.join('\n')}`);
    expect(diagnostics).toEqual([]);
    expect(report.status).toBe('OK');
  });

  it('reports a broken template (the check is not vacuous)', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, cloudFormationYaml(CLICKSTREAM_VARIANTS.base!).replace('CompressionFormat: UNCOMPRESSED', 'CompressionFormat: RAR'));
    expect(validate(broken).diagnostics.length).toBeGreaterThan(0);
  });
});

const cfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const cfnLintMissing = cfnLint.error !== undefined || cfnLint.status !== 0;
if (cfnLintMissing) console.warn('cfn-lint is not on PATH: the cfn-lint check of the exported templates is skipped (pip install cfn-lint to run it).');

describe('cfn-lint', () => {
  it.skipIf(cfnLintMissing)(`finds no error and no warning in any variant${cfnLintMissing ? ' (skipped: cfn-lint is not on PATH)' : ''}`, () => {
    const result = spawnSync('cfn-lint', ['--', ...files.map((f) => f.path)], { encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`.trim();
    if (output !== '') console.error(output);
    expect(output).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
