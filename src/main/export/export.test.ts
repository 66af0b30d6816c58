import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/ipc/contract';
import { EXPORT_FORMAT_INFO } from '../../shared/ipc/export-formats';
import { ExportError, exportBytes, fileSlug, renderExport, toCloudFormation } from './index';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { expectGolden } from '../../../test/harness/golden';
import { TEMPLATES } from '../../shared/templates';
import { readTemplate } from '../import/read-template';

describe('renderExport', () => {
  it('renders CloudFormation as YAML with a slugged file name', async () => {
    const rendered = await renderExport(clickstreamPipeline(), 'cfn-yaml');
    expect(rendered).toMatchObject({ fileName: 'clickstream.template.yaml', mediaType: 'application/yaml', encoding: 'utf8' });
    expectGolden('export/clickstream.template.yaml', rendered.content);
  });

  it('renders the same template as 2-space JSON', async () => {
    const pipeline = clickstreamPipeline();
    const json = await renderExport(pipeline, 'cfn-json');
    expect(json).toMatchObject({ fileName: 'clickstream.template.json', mediaType: 'application/json', encoding: 'utf8' });
    expect(JSON.parse(json.content)).toEqual(toCloudFormation(pipeline));
    // The YAML export (short-form intrinsics) read back is the same document.
    const yaml = (await renderExport(pipeline, 'cfn-yaml')).content;
    expect(yaml).toMatch(/: !GetAtt RawEvents\.Arn$/m);
    expect(yaml).toMatch(/: !Ref Environment$/m);
    expect(JSON.parse(json.content)).toEqual(readTemplate(yaml).template);
    expect(json.content).toMatch(/^\{\n {2}"AWSTemplateFormatVersion": "2010-09-09",\n/);
    expect(json.content.endsWith('}\n')).toBe(true);
    expect((await renderExport(clickstreamPipeline(), 'cfn-json')).content).toBe(json.content);
  });

  it('renders the diagram as SVG, draw.io and Mermaid', async () => {
    const svg = await renderExport(clickstreamPipeline(), 'svg');
    expect(svg).toMatchObject({ fileName: 'clickstream.svg', mediaType: 'image/svg+xml', encoding: 'utf8' });
    expectGolden('export/clickstream.svg', svg.content);
    const drawio = await renderExport(clickstreamPipeline(), 'drawio');
    expect(drawio).toMatchObject({ fileName: 'clickstream.drawio', encoding: 'utf8' });
    expectGolden('export/clickstream.drawio', drawio.content);
    const mermaid = await renderExport(clickstreamPipeline(), 'mermaid');
    expect(mermaid).toMatchObject({ fileName: 'clickstream.mmd', encoding: 'utf8' });
    expectGolden('export/clickstream.mmd', mermaid.content);
  });

  it('renders PNG as base64, and its bytes as the file content', async () => {
    const png = await renderExport(clickstreamPipeline(), 'png');
    expect(png).toMatchObject({ fileName: 'clickstream.png', mediaType: 'image/png', encoding: 'base64' });
    const bytes = exportBytes(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.toString('base64')).toBe(png.content);
  });

  it('renders the Amazon States Language of a pipeline with a workflow, and says when there is none', async () => {
    const batch = TEMPLATES.find((t) => t.id === 'batch-layer')!.build();
    const asl = await renderExport(batch, 'asl');
    expect(asl).toMatchObject({ fileName: 'batch-layer.asl.json', encoding: 'utf8' });
    expect(JSON.parse(asl.content)).toMatchObject({ StartAt: expect.any(String), States: expect.any(Object) });
    await expect(renderExport(clickstreamPipeline(), 'asl')).rejects.toThrow(new ExportError('"Clickstream" has no Step Functions workflow to export as Amazon States Language.'));
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
