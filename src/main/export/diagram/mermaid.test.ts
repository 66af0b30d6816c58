// @vitest-environment jsdom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../shared/catalog/registry';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { mermaidText, toMermaid } from './mermaid';
import { everyKindPipeline } from './test-helpers';

interface FlowVertex {
  id: string;
  text: string;
  classes: string[];
}
interface FlowEdge {
  start: string;
  end: string;
  stroke: string;
}

/** Mermaid's own parse of the text: its flowchart's vertices and edges (mermaid.parse only says yes or no). */
async function parsed(text: string): Promise<{ vertices: FlowVertex[]; edges: FlowEdge[] }> {
  await mermaid.parse(text);
  const { db } = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as { db: { getVertices(): Map<string, FlowVertex>; getEdges(): FlowEdge[] } };
  return { vertices: [...db.getVertices().values()], edges: db.getEdges() };
}

/**
 * A label as Mermaid will show it: the parser keeps `#…;` entity codes as placeholders that the
 * renderer turns into HTML entities, decoded here the way the browser does.
 */
function shownText(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  // The node tsconfig has no DOM types; jsdom provides the document here.
  const { document } = globalThis as unknown as { document: { createElement(tag: 'textarea'): { innerHTML: string; value: string } } };
  const textarea = document.createElement('textarea');
  textarea.innerHTML = html;
  return textarea.value;
}

describe('toMermaid', () => {
  it('is a left-to-right flowchart Mermaid parses, with a node per pipeline node and an arrow per edge', async () => {
    const pipeline = clickstreamPipeline();
    const text = toMermaid(pipeline);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    const { vertices, edges } = await parsed(text);
    expect(vertices.map((v) => shownText(v.text))).toEqual(['Web app producers<br>Application producer', 'Clickstream delivery<br>Amazon Data Firehose', 'Raw events<br>Amazon S3 bucket']);
    expect(edges.map((e) => [e.start, e.end, e.stroke])).toEqual([
      ['n1', 'n2', 'normal'],
      ['n2', 'n3', 'normal'],
    ]);
    expect(vertices.map((v) => v.classes)).toEqual([['general'], ['analytics'], ['storage']]);
  });

  it('is checked by a parser that rejects broken text', async () => {
    const text = toMermaid(clickstreamPipeline());
    await expect(mermaid.parse(text.replace('Raw events', 'Raw "events"'))).rejects.toThrow();
    await expect(mermaid.parse(text.replace('n2 --> n3', 'n2 --> n3 -->'))).rejects.toThrow();
  });

  it('keeps quotes, brackets, #, <, %, colons, backticks, line breaks and emoji in labels as they are', async () => {
    const labels = [
      'Say "hi" [now] (ok) {x} | y; end',
      '#1 <script>alert(1)</script> & #35; #quot;',
      '%%{init: {"theme": "dark"}}%% 100% done',
      'style: #fff; classDef x fill:#f00;',
      'my style<br>',
      '`markdown` **not**',
      'two\nlines 🚀 café',
    ];
    const pipeline = clickstreamPipeline();
    pipeline.nodes = labels.map((label, i) => ({ id: `node ${i} "${label}"`, kind: 'kinesis-data-stream', label, position: { x: i * 100, y: 0 }, config: {} }));
    pipeline.edges = [{ id: 'e', source: pipeline.nodes[0]!.id, target: pipeline.nodes[1]!.id }];
    const { vertices, edges } = await parsed(toMermaid(pipeline));
    expect(vertices.map((v) => shownText(v.text))).toEqual(labels.map((label) => `${label.replace('\n', '<br>')}<br>Amazon Kinesis Data Streams`));
    expect(edges).toHaveLength(1);
  });

  it('draws every kind in its service group, and control and metadata edges dotted', async () => {
    const pipeline = everyKindPipeline();
    const { vertices, edges } = await parsed(toMermaid(pipeline));
    expect(vertices).toHaveLength(KIND_IDS.length);
    expect(vertices.every((v) => v.classes.length === 1 && v.classes[0] !== 'unknown')).toBe(true);
    const byId = new Map(pipeline.nodes.map((node, i) => [`n${i + 1}`, node.id]));
    expect(edges.map((e) => [byId.get(e.start), byId.get(e.end), e.stroke])).toEqual([
      ['kinesis-data-stream', 'kinesis-firehose', 'normal'],
      ['schedule', 'glue-etl-job', 'dotted'],
      ['glue-crawler', 'glue-data-catalog', 'dotted'],
    ]);
  });

  it('marks an unknown kind, and leaves out edges to nodes that do not exist', async () => {
    const pipeline = clickstreamPipeline();
    pipeline.nodes.push({ id: 'x-1', kind: 'quantum-lake', label: '', position: { x: 0, y: 0 }, config: {} });
    // Its kind is shown as its title: a line Mermaid's style clean-up would cut into without escaping.
    pipeline.nodes.push({ id: 'x-2', kind: 'lake:#42;', label: 'style', position: { x: 0, y: 0 }, config: {} });
    pipeline.edges.push({ id: 'dangling', source: 'bucket-1', target: 'nowhere' });
    const { vertices, edges } = await parsed(toMermaid(pipeline));
    expect(vertices[3]).toMatchObject({ classes: ['unknown'] });
    expect(shownText(vertices[3]!.text)).toBe('quantum-lake<br>quantum-lake');
    expect(shownText(vertices[4]!.text)).toBe('style<br>lake:#42;');
    expect(edges).toHaveLength(2);
  });
});

describe('mermaidText', () => {
  it('leaves no character that ends a quoted label or starts an entity, directive or Markdown string', () => {
    expect(mermaidText('a"b#c%d`e:f')).toBe('a#34;b#35;c#37;d#96;e:f');
    expect(mermaidText('style a:b', true)).toBe('style a#58;b');
    expect(mermaidText('x\r\ny\nz')).toBe('x<br/>y<br/>z');
  });
});
