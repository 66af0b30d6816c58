import { afterAll, describe, expect, it } from 'vitest';
import { cloudFormationYaml } from './index';
import { DATA_SERVICES_VARIANTS, replicatedDatabase } from './testing/data-services-fixtures';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';

/** AWS's two checkers over every database, compute, ML, network and migration variant. */
describe('templates of the database, compute, ML, network and migration kinds', () => {
  const folder = templateFolder();
  const files = Object.entries(DATA_SERVICES_VARIANTS).map(([name, build]) => ({ name, path: folder.write(name, cloudFormationYaml(build())) }));
  afterAll(() => {
    freeCfnValidate();
    folder.remove();
  });

  it('pass @aws/cloudformation-validate in strict mode', () => {
    const problems = files.flatMap(({ name, path }) => cfnValidateDiagnostics(path).map((d) => `${name}: ${d}`));
    expect(problems).toEqual([]);
  }, 180_000);

  it('warn, in strict mode, about an RDS database left unencrypted by its settings, and only about that', () => {
    const path = folder.write('unencrypted', cloudFormationYaml(replicatedDatabase({ rds: { storageEncrypted: false } })));
    const diagnostics = cfnValidateDiagnostics(path);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/W9008 Orders Properties\.StorageEncrypted/);
  }, 180_000);

  it.skipIf(cfnLintMissing !== undefined)('pass cfn-lint with no error and no warning', () => {
    expect(cfnLintOutput(files.map((f) => f.path))).toBe('');
  }, 120_000);
});
