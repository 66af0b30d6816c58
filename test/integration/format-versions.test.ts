import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/shared/model/pipeline';
import { parsePipeline, serializePipeline } from '../../src/shared/model/serialize';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/format/${name}`, import.meta.url), 'utf8');

describe('document format versions', () => {
  it('opens a version 1 file in the current shape (add-description)', () => {
    const pipeline = parsePipeline(fixture('v1-firehose-lab.pipewright'));
    expect(pipeline.version).toBe(PIPELINE_VERSION);
    expect(pipeline.description).toBe('');
    expect(pipeline.nodes.map((n) => n.id)).toEqual(['producers', 'delivery', 'raw']);
    expect(serializePipeline(pipeline)).toMatch(/^\{\n {2}"format": "pipewright",\n {2}"version": 2,\n {2}"name": "Firehose lab \(format 1\)",\n {2}"description": "",/);
  });

  it('round-trips the current version unchanged', () => {
    const pipeline = parsePipeline(fixture('v1-firehose-lab.pipewright'));
    expect(parsePipeline(serializePipeline(pipeline))).toEqual(pipeline);
  });

  it('refuses a newer version by name', () => {
    const newer = fixture('v1-firehose-lab.pipewright').replace('"version": 1', `"version": ${PIPELINE_VERSION + 1}`);
    expect(() => parsePipeline(newer)).toThrow(`version: written by a newer Pipewright (format version ${PIPELINE_VERSION + 1}); this version reads up to ${PIPELINE_VERSION}`);
  });
});
