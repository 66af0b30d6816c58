import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXPORT_FORMATS } from '../../shared/ipc/contract';
import { EXPORT_FORMAT_INFO } from '../../shared/ipc/export-formats';
import { ExportError, exportBytes, fileSlug, renderExport, toCloudFormation } from './index';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';

const GOLDEN_DIR = fileURLToPath(new URL('../../../test/golden/export/', import.meta.url));
const updateGolden = process.env.UPDATE_GOLDEN === '1';

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it instead (review the diff before committing). */
function expectGolden(fileName: string, content: string): void {
  const path = `${GOLDEN_DIR}${fileName}`;
  if (updateGolden) writeFileSync(path, content);
  if (!existsSync(path)) throw new Error(`Missing golden file ${path}: run with UPDATE_GOLDEN=1 to create it.`);
  expect(content, `differs from ${path}; run with UPDATE_GOLDEN=1 if the change is intended`).toBe(readFileSync(path, 'utf8'));
}

describe('renderExport', () => {
  it('renders CloudFormation as YAML with a slugged file name', async () => {
    const rendered = await renderExport(clickstreamPipeline(), 'cfn-yaml');
    expect(rendered).toMatchObject({ fileName: 'clickstream.template.yaml', mediaType: 'application/yaml', encoding: 'utf8' });
    expectGolden('clickstream.template.yaml', rendered.content);
  });

  it('renders the same template as 2-space JSON', async () => {
    const pipeline = clickstreamPipeline();
    const json = await renderExport(pipeline, 'cfn-json');
    expect(json).toMatchObject({ fileName: 'clickstream.template.json', mediaType: 'application/json', encoding: 'utf8' });
    expect(JSON.parse(json.content)).toEqual(toCloudFormation(pipeline));
    // The YAML export read back is the same document.
    expect(JSON.parse(json.content)).toEqual(parseYaml((await renderExport(pipeline, 'cfn-yaml')).content, { version: '1.1' }));
    expect(json.content).toMatch(/^\{\n {2}"AWSTemplateFormatVersion": "2010-09-09",\n/);
    expect(json.content.endsWith('}\n')).toBe(true);
    expect((await renderExport(clickstreamPipeline(), 'cfn-json')).content).toBe(json.content);
  });

  it('renders the diagram as SVG, draw.io and Mermaid', async () => {
    const svg = await renderExport(clickstreamPipeline(), 'svg');
    expect(svg).toMatchObject({ fileName: 'clickstream.svg', mediaType: 'image/svg+xml', encoding: 'utf8' });
    expectGolden('clickstream.svg', svg.content);
    const drawio = await renderExport(clickstreamPipeline(), 'drawio');
    expect(drawio).toMatchObject({ fileName: 'clickstream.drawio', encoding: 'utf8' });
    expectGolden('clickstream.drawio', drawio.content);
    const mermaid = await renderExport(clickstreamPipeline(), 'mermaid');
    expect(mermaid).toMatchObject({ fileName: 'clickstream.mmd', encoding: 'utf8' });
    expectGolden('clickstream.mmd', mermaid.content);
  });

  it('renders PNG as base64, and its bytes as the file content', async () => {
    const png = await renderExport(clickstreamPipeline(), 'png');
    expect(png).toMatchObject({ fileName: 'clickstream.png', mediaType: 'image/png', encoding: 'base64' });
    const bytes = exportBytes(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.toString('base64')).toBe(png.content);
  });

  it('refuses Step Functions until its renderer is wired in', async () => {
    await expect(renderExport(clickstreamPipeline(), 'asl')).rejects.toThrow(new ExportError('Step Functions export is not available yet'));
  });

  it('passes ExportError through for a pipeline that cannot be exported', async () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes = pipeline.nodes.filter((node) => node.kind === 'app-producer');
    pipeline.edges = [];
    await expect(renderExport(pipeline, 'cfn-yaml')).rejects.toThrow(ExportError);
    await expect(renderExport(pipeline, 'cfn-json')).rejects.toThrow(ExportError);
    expect((await renderExport(pipeline, 'svg')).content).toContain('<svg');
  });

  it('has a title, file suffix and save filter for every format', () => {
    for (const format of EXPORT_FORMATS) {
      const info = EXPORT_FORMAT_INFO[format];
      expect(info.fileSuffix.startsWith('.'), format).toBe(true);
      expect(info.filter.extensions.some((ext) => info.fileSuffix.endsWith(`.${ext}`)), format).toBe(true);
    }
  });
});

describe('fileSlug', () => {
  it.each([
    ['Clickstream', 'clickstream'],
    ['Clickstream (prod) — EU', 'clickstream-prod-eu'],
    ['Café Ünïcode', 'cafe-unicode'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'pipeline'],
    ['✨✨', 'pipeline'],
  ])('%s → %s', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });
});
