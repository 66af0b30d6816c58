import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExportError, fileSlug, renderExport } from './index';
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
  it('renders CloudFormation as YAML with a slugged file name', () => {
    const rendered = renderExport(clickstreamPipeline(), 'cloudformation');
    expect(rendered.fileName).toBe('clickstream.template.yaml');
    expect(rendered.mediaType).toBe('application/yaml');
    expectGolden('clickstream.template.yaml', rendered.content);
  });

  it('renders the diagram as SVG', () => {
    const rendered = renderExport(clickstreamPipeline(), 'svg');
    expect(rendered.fileName).toBe('clickstream.svg');
    expect(rendered.mediaType).toBe('image/svg+xml');
    expectGolden('clickstream.svg', rendered.content);
  });

  it('passes ExportError through for a pipeline that cannot be exported', () => {
    const pipeline = clickstreamPipeline();
    pipeline.edges = [];
    expect(() => renderExport(pipeline, 'cloudformation')).toThrow(ExportError);
    expect(renderExport(pipeline, 'svg').content).toContain('<svg');
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
