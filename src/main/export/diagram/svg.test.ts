import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/catalog/registry';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { fitText, NODE_HEIGHT, NODE_WIDTH, toSvg, xmlText } from './svg';
import { parseXml as parseAnyXml } from './test-helpers';

const parseXml = (svg: string) => parseAnyXml(svg, 'image/svg+xml');

describe('toSvg', () => {
  it('is well-formed SVG with one box per node and one path per edge', () => {
    const doc = parseXml(toSvg(clickstreamPipeline()));
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelectorAll('g[data-node]')).toHaveLength(3);
    expect(doc.querySelectorAll('path[data-edge]')).toHaveLength(2);
    expect(doc.querySelectorAll('image')).toHaveLength(3);
  });

  it('is checked by a parser that rejects malformed XML', () => {
    expect(() => parseXml('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
  });

  it('fits the view box to the content with a margin', () => {
    // Nodes span x 40…800 and y 120…272; the curves' control points stay inside that span here.
    const root = parseXml(toSvg(clickstreamPipeline())).documentElement;
    expect(root.getAttribute('viewBox')).toBe(`8 88 ${600 + NODE_WIDTH - 40 + 64} ${200 + NODE_HEIGHT - 120 + 64}`);
  });

  it('draws edges from the source right side to the target left side, with an arrowhead', () => {
    const [first] = Array.from(parseXml(toSvg(clickstreamPipeline())).querySelectorAll('path[data-edge]'));
    expect(first?.getAttribute('d')).toMatch(/^M240 156 C.* 320 156$/);
    expect(first?.getAttribute('marker-end')).toBe('url(#arrow)');
  });

  it('embeds each kind icon as a data URI, with no external reference', () => {
    const svg = toSvg(clickstreamPipeline());
    const firehoseIcon = Buffer.from(KINDS['kinesis-firehose'].icon, 'utf8').toString('base64');
    expect(svg).toContain(`href="data:image/svg+xml;base64,${firehoseIcon}"`);
    expect(svg).not.toMatch(/(href|src)="(?!data:|#)/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes labels and drops characters XML forbids', () => {
    const pipeline = clickstreamPipeline({ name: 'A & B <script>' });
    pipeline.nodes[0]!.label = `"Fish" & <Chips>\u0007`;
    const svg = toSvg(pipeline);
    const doc = parseXml(svg);
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain('"Fish" & <Chips>');
    expect(doc.querySelectorAll('title')[0]?.textContent).toBe('A & B <script>');
    expect(svg).not.toContain('<script>');
  });

  it('shortens long labels without splitting characters, and draws unknown kinds without an icon', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes[0]!.label = '🚀'.repeat(30);
    pipeline.nodes.push({ id: 'x-1', kind: 'quantum-lake', label: 'Future', position: { x: -100, y: -50 }, config: {} });
    const doc = parseXml(toSvg(pipeline));
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toMatch(/^(🚀)+…$/u);
    expect(Array.from(texts[0]!).length).toBeLessThan(30);
    expect(texts).toContain('quantum-lake');
    expect(doc.querySelectorAll('image')).toHaveLength(3);
    expect(doc.documentElement.getAttribute('viewBox')?.startsWith('-132 -82 ')).toBe(true);
  });

  it('renders an empty pipeline', () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes = [];
    expect(parseXml(toSvg(pipeline)).documentElement.tagName).toBe('svg');
  });
});

describe('fitText', () => {
  it('keeps text that fits and ends longer text with an ellipsis', () => {
    expect(fitText('Raw events', 12, 138, true)).toBe('Raw events');
    expect(fitText('Amazon Data Firehose', 11, 138)).toBe('Amazon Data Firehose');
    expect(fitText('A very long label for a delivery stream', 12, 138, true)).toMatch(/^A very long label.*…$/);
  });
});

describe('xmlText', () => {
  it('escapes the five XML specials', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
