import { afterAll, describe, expect, it } from 'vitest';
import { cloudFormationYaml } from './index';
import { streamingFixtures } from './testing/streaming-fixtures';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';

/** AWS's two checkers over the templates of the streaming and ingest fixtures (Kinesis, Firehose, IoT, Flink, video, Lambda). */
const folder = templateFolder();
const files = Object.entries(streamingFixtures()).map(([name, pipeline]) => ({ name, path: folder.write(name, cloudFormationYaml(pipeline)) }));
afterAll(() => {
  freeCfnValidate();
  folder.remove();
});

describe('streaming and ingest templates', () => {
  it.each(files.map((f) => [f.name, f.path] as const))('%s passes @aws/cloudformation-validate in strict mode', (_name, path) => {
    const diagnostics = cfnValidateDiagnostics(path);
    if (diagnostics.length > 0) console.error(`${path}:\n${diagnostics.join('\n')}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it.skipIf(cfnLintMissing !== undefined)(`pass cfn-lint with no error and no warning${cfnLintMissing ? ` (skipped: ${cfnLintMissing})` : ''}`, () => {
    const output = cfnLintOutput(files.map((f) => f.path));
    if (output !== '') console.error(output);
    expect(output).toBe('');
  }, 120_000);
});
