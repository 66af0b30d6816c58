import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../shared/model/pipeline';
import { serializePipeline } from '../../shared/model/serialize';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { readPipelineFile, writePipelineFile } from './pipeline-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-files-'));
});

describe('.pipewright files', () => {
  it('save then open gives the same pipeline; the text is deterministic with a trailing newline', async () => {
    const pipeline = clickstreamPipeline();
    const path = await writePipelineFile(join(dir, 'clickstream'), pipeline);
    expect(path).toBe(join(dir, 'clickstream.pipewright'));
    expect(await readPipelineFile(path)).toEqual(pipeline);
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith(`{\n  "format": "pipewright",\n  "version": ${PIPELINE_VERSION},\n  "name": "Clickstream",`)).toBe(true);
    const shuffled = { ...pipeline, nodes: pipeline.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n) };
    expect(serializePipeline(shuffled)).toBe(text);
  });

  it('leaves no temporary file behind and replaces the old content whole', async () => {
    const path = join(dir, 'a.pipewright');
    await writeFile(path, 'old');
    await writePipelineFile(path, clickstreamPipeline());
    expect(await readdir(dir)).toEqual(['a.pipewright']);
    expect(JSON.parse(await readFile(path, 'utf8')).format).toBe('pipewright');
  });

  it('keeps the old file when the write fails', async () => {
    await expect(writePipelineFile(join(dir, 'missing-folder', 'a.pipewright'), clickstreamPipeline())).rejects.toThrow(/^Cannot save .*missing-folder/);
  });

  it.each([
    ['not JSON', '{ "format": ', /not valid JSON/],
    ['another format', '{"format":"drawio"}', /format: not a Pipewright pipeline/],
    ['a newer version', '{"format":"pipewright","version":99}', new RegExp(`version: written by a newer Pipewright \\(format version 99\\); this version reads up to ${PIPELINE_VERSION}`)],
    ['a bad node', JSON.stringify({ ...clickstreamPipeline(), nodes: [{ id: 'n', kind: 's3-bucket', label: 'x', position: { x: 0 }, config: {} }] }), /nodes\[0\]\.position\.y: /],
    ['an array', '[]', /expected a JSON object/],
  ])('refuses %s with a message naming the problem', async (_name, text, message) => {
    const path = join(dir, 'bad.pipewright');
    await writeFile(path, text);
    await expect(readPipelineFile(path)).rejects.toThrow(message);
    await expect(readPipelineFile(path)).rejects.toThrow(new RegExp(`^Cannot open ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  it('says when the file does not exist', async () => {
    await expect(readPipelineFile(join(dir, 'nope.pipewright'))).rejects.toThrow(/no such file/);
  });
});
