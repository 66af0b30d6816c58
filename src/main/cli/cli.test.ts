import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializePipeline } from '../../shared/model/serialize';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { runCli } from './run';

let dir: string;
let good: string;
let broken: string;
let garbage: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-cli-'));
  good = join(dir, 'lab.pipewright');
  broken = join(dir, 'broken.pipewright');
  garbage = join(dir, 'garbage.pipewright');
  await writeFile(good, serializePipeline(clickstreamPipeline()));
  const p = clickstreamPipeline();
  p.edges = p.edges.filter((e) => e.target !== 'bucket-1');
  await writeFile(broken, serializePipeline(p));
  await writeFile(garbage, 'not json');
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('pipewright CLI', () => {
  it('validate: exit 0 on a clean pipeline, 1 with errors, JSON on request', async () => {
    expect(await cli('validate', good)).toMatchObject({ code: 0, out: 'No findings.\n' });
    const bad = await cli('validate', broken, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).findings.map((f: { code: string }) => f.code)).toContain('PW202');
  });

  it('exit 2 with a message on stderr for unusable input', async () => {
    const unreadable = await cli('validate', garbage);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/^pipewright: Cannot open .*garbage\.pipewright: not valid JSON/);
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('frobnicate', good)).err).toContain('unknown command "frobnicate"');
    expect((await cli('export', good, '--format', 'pdf')).code).toBe(2);
  });

  it('simulate: per-node results as JSON; refuses a pipeline with errors', async () => {
    const run = await cli('simulate', good, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out);
    expect(result.nodes.find((n: { nodeId: string }) => n.nodeId === 'bucket-1').objectsWritten).toBeGreaterThan(0);
    expect((await cli('simulate', broken)).code).toBe(1);
  });

  it('export: CloudFormation to stdout, SVG to a file', async () => {
    const yaml = await cli('export', good);
    expect(yaml.code).toBe(0);
    expect(yaml.out).toContain('AWS::KinesisFirehose::DeliveryStream');
    const svgPath = join(dir, 'lab.svg');
    expect((await cli('export', good, '--format', 'svg', '--out', svgPath)).code).toBe(0);
    expect(await readFile(svgPath, 'utf8')).toMatch(/^<svg|^<\?xml/);
    expect((await cli('export', broken)).code).toBe(1);
  });

  it('export: every format; -o and --out write the bytes', async () => {
    const json = await cli('export', good, '--format', 'cfn-json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).Resources).toEqual(expect.any(Object));
    expect((await cli('export', good, '--format', 'cfn-yaml')).out).toBe((await cli('export', good)).out);
    expect((await cli('export', good, '--format', 'mermaid')).out).toMatch(/^flowchart LR\n/);
    expect((await cli('export', good, '--format', 'drawio')).out).toMatch(/^<mxfile[^>]*>\n {2}<diagram /);
    const asl = await cli('export', good, '--format', 'asl');
    expect(asl).toMatchObject({ code: 1, err: expect.stringMatching(/has no Step Functions workflow to export as Amazon States Language/) });

    const pngPath = join(dir, 'lab.png');
    expect(await cli('export', good, '--format', 'png', '-o', pngPath)).toMatchObject({ code: 0, out: `Wrote ${pngPath}\n` });
    const png = await readFile(pngPath);
    expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const mmdPath = join(dir, 'lab.mmd');
    expect((await cli('export', good, '--format', 'mermaid', '--out', mmdPath)).code).toBe(0);
    expect(await readFile(mmdPath, 'utf8')).toMatch(/^flowchart LR\n/);
  });

  it('export: PNG goes to standard output only when it is not a terminal', async () => {
    const refused = await cli('export', good, '--format', 'png');
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toContain('write it to a file with -o FILE');
    let bytes = Buffer.alloc(0);
    const io = (outIsTerminal: boolean) => ({ out: () => {}, err: () => {}, outBytes: (b: Uint8Array) => (bytes = Buffer.concat([bytes, b])), outIsTerminal });
    expect(await runCli(['export', good, '--format', 'png'], io(true))).toBe(2);
    expect(bytes).toHaveLength(0);
    expect(await runCli(['export', good, '--format', 'png'], io(false))).toBe(0);
    const file = join(dir, 'piped.png');
    await cli('export', good, '--format', 'png', '-o', file);
    expect(bytes.equals(await readFile(file))).toBe(true);
  });

  it('runs as a command (bin/pipewright.mjs) with the same exit codes', async () => {
    const run = promisify(execFile);
    const bin = join(process.cwd(), 'bin', 'pipewright.mjs');
    await expect(run(process.execPath, [bin, 'validate', good])).resolves.toMatchObject({ stdout: 'No findings.\n' });
    await expect(run(process.execPath, [bin, 'validate', broken])).rejects.toMatchObject({ code: 1 });
    await expect(run(process.execPath, [bin, 'validate', garbage])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('not valid JSON') });
  });

  it('as a command, finds resvg and the fonts from its bundle and pipes PNG bytes', async () => {
    const bin = join(process.cwd(), 'bin', 'pipewright.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'export', good, '--format', 'png'], { encoding: 'buffer', maxBuffer: 16 * 1_048_576 });
    expect(stdout.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  }, 60_000);
});

describe('pipewright catalog and templates', () => {
  it('catalog --json: every kind with category, label, ports and the JSON Schema of its settings', async () => {
    const { code, out } = await cli('catalog', '--json');
    expect(code).toBe(0);
    const { kinds } = JSON.parse(out);
    const firehose = kinds.find((k: { id: string }) => k.id === 'kinesis-firehose');
    expect(firehose).toMatchObject({ category: 'streaming', label: 'Amazon Data Firehose' });
    expect(firehose.inputs[0]).toMatchObject({ id: 'records', edgeKind: 'data' });
    expect(firehose.configSchema.properties.bufferSizeMiB).toMatchObject({ type: 'integer', minimum: 1, maximum: 128, default: 5, unit: 'MiB' });
  });

  it('templates: lists them, prints one as a valid pipeline, refuses an unknown name', async () => {
    const list = JSON.parse((await cli('templates', '--json')).out).templates;
    expect(list.map((t: { id: string }) => t.id)).toContain('firehose-lab');
    const lab = await cli('templates', 'firehose-lab');
    expect(lab.code).toBe(0);
    const path = join(dir, 'from-template.pipewright');
    await writeFile(path, lab.out);
    expect(await cli('validate', path)).toMatchObject({ code: 0, out: 'No findings.\n' });
    const unknown = await cli('templates', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no template "nope"; available: ');
  });
});

describe('pipewright validate --format sarif', () => {
  it('writes SARIF 2.1.0 that the official schema accepts, locating each finding at its node', async () => {
    const { default: Ajv } = await import('ajv-draft-04');
    const schema = JSON.parse(await readFile(join(process.cwd(), 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validateSarif = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

    const p = clickstreamPipeline({ bucket: { encryption: 'none' } });
    p.edges = p.edges.filter((e) => e.target !== 'bucket-1');
    p.suppressions = [{ code: 'PW104', target: 'bucket-1', justification: 'Delivered to by hand while we migrate' }];
    const file = join(dir, 'sarif.pipewright');
    await writeFile(file, serializePipeline(p));
    const { code, out } = await cli('validate', file, '--format', 'sarif');
    expect(code).toBe(1);
    const log = JSON.parse(out);
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] }), 'the schema check is not vacuous').toBe(false);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown[] }[];
    expect(results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['PW104', 'PW202', 'PW601']));
    const lines = (await readFile(file, 'utf8')).split('\n');
    const pw601 = results.find((r) => r.ruleId === 'PW601')!;
    expect(pw601.level).toBe('warning');
    expect(lines[pw601.locations[0]!.physicalLocation.region.startLine - 1]).toContain('"id": "bucket-1"');
    expect(results.find((r) => r.ruleId === 'PW104')!.suppressions).toEqual([{ kind: 'external', justification: 'Delivered to by hand while we migrate' }]);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...new Set(results.map((r) => r.ruleId))].sort());
  });

  it('does not count a suppressed error toward the exit code', async () => {
    const p = clickstreamPipeline();
    p.edges = p.edges.filter((e) => e.target !== 'bucket-1');
    p.suppressions = [
      { code: 'PW202', target: 'firehose-1', justification: 'Destination added by another stack' },
      { code: 'PW104', target: '*', justification: 'Work in progress' },
    ];
    const file = join(dir, 'suppressed.pipewright');
    await writeFile(file, serializePipeline(p));
    const run = await cli('validate', file);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\n0 errors, \d+ warnings, \d+ info, 2 suppressed\n$/);
    expect(run.out).toContain('accepted PW202  Clickstream delivery has no destination');
  });
});
