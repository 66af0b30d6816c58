import { afterAll, describe, expect, it } from 'vitest';
import { CLICKSTREAM_VARIANTS } from '../../../../test/fixtures/pipelines';
import { cloudFormationYaml } from './index';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';

const folder = templateFolder();
const files = Object.entries(CLICKSTREAM_VARIANTS).map(([variant, pipeline]) => ({ variant, path: folder.write(variant, cloudFormationYaml(pipeline)) }));
afterAll(() => {
  freeCfnValidate();
  folder.remove();
});

describe('@aws/cloudformation-validate, strict', () => {
  it.each(files.map((f) => [f.variant, f.path] as const))('accepts the template of variant %s', (_variant, path) => {
    const diagnostics = cfnValidateDiagnostics(path);
    if (diagnostics.length > 0) console.error(`${path}:\n${diagnostics.join('\n')}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('reports a broken template (the check is not vacuous)', () => {
    const broken = folder.write('broken', cloudFormationYaml(CLICKSTREAM_VARIANTS.base!).replace('CompressionFormat: UNCOMPRESSED', 'CompressionFormat: RAR'));
    expect(cfnValidateDiagnostics(broken).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('cfn-lint', () => {
  it.skipIf(cfnLintMissing !== undefined)(`finds no error and no warning in any variant${cfnLintMissing ? ` (skipped: ${cfnLintMissing})` : ''}`, () => {
    const output = cfnLintOutput(files.map((f) => f.path));
    if (output !== '') console.error(output);
    expect(output).toBe('');
  }, 60_000);
});
