import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePipeline } from '../../shared/model/serialize';
import { runCli } from './run';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/cloudformation/iot-telemetry.yaml', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-cli-import-'));
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('pipewright import', () => {
  it('writes the pipeline to -o (adding the extension), and refuses to replace it without --force', async () => {
    const target = join(dir, 'telemetry');
    const first = await cli('import', FIXTURE, '-o', target);
    expect(first).toMatchObject({ code: 0, out: expect.stringMatching(/^Wrote .*telemetry\.pipewright: \d+ nodes, \d+ edges\n$/) });
    expect(first.err).toMatch(/^note: Kept as they are: .*AWS::SNS::Topic/m);
    const written = await readFile(`${target}.pipewright`, 'utf8');
    const pipeline = parsePipeline(written);
    expect(pipeline.name).toBe('iot-telemetry');
    expect(pipeline.nodes.length).toBeGreaterThan(0);

    await writeFile(`${target}.pipewright`, 'precious');
    const again = await cli('import', FIXTURE, '-o', `${target}.pipewright`);
    expect(again).toMatchObject({ code: 2, err: expect.stringContaining('telemetry.pipewright exists; pass --force to replace it') });
    expect(await readFile(`${target}.pipewright`, 'utf8')).toBe('precious');
    expect((await cli('import', FIXTURE, '-o', `${target}.pipewright`, '--force')).code).toBe(0);
    expect(await readFile(`${target}.pipewright`, 'utf8')).toBe(written);
  });

  it('prints the pipeline, or a JSON summary, to standard output', async () => {
    const printed = await cli('import', FIXTURE);
    expect(printed.code).toBe(0);
    expect(parsePipeline(printed.out).cloudformation?.resources).toBeDefined();
    const json = JSON.parse((await cli('import', FIXTURE, '--json')).out);
    expect(json).toMatchObject({ nodes: expect.any(Number), edges: expect.any(Number), notes: expect.any(Array), pipeline: { format: 'pipewright' } });
  });

  it('exits 2 naming the file and the line of a bad template, or a missing argument', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'Resources:\n  Raw:\n    Properties: {}\n');
    const result = await cli('import', bad, '-o', join(dir, 'never.pipewright'));
    expect(result).toMatchObject({ code: 2, err: `pipewright: Cannot import ${bad}: line 2: resource Raw has no Type\n` });
    expect((await cli('import')).err).toContain('import needs a TEMPLATE');
    expect((await cli('import', join(dir, 'missing.yaml'))).err).toContain('no such file');
  });
});
