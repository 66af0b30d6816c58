import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyPipeline, type Pipeline } from '../../shared/model/pipeline';
import { addNode, connect } from '../state/operations';
import { KINDS } from '../../shared/catalog/registry';
import type { KindDefinition } from '../../shared/catalog/types';
import { checkFlowConnection, refusalReason } from './connection-rules';
import { edgeKindOf, portTooltip } from './edge-kinds';
import { flowEdgeOf, flowNodeOf } from './flow-cache';
import { NODE_WIDTH } from './geometry';

const pipeline: Pipeline = produce(emptyPipeline(), (d) => {
  addNode(d, 'app-producer', { x: 0, y: 0 });
  addNode(d, 'kinesis-firehose', { x: 300, y: 0 });
  addNode(d, 's3-bucket', { x: 600, y: 0 });
  connect(d, { source: 'app-producer-1', target: 'kinesis-firehose-1' });
});

describe('connections drawn on the canvas', () => {
  it('accepts Firehose → bucket and gives the ports', () => {
    expect(checkFlowConnection(pipeline, { source: 'kinesis-firehose-1', target: 's3-bucket-1', sourceHandle: 'delivery', targetHandle: 'objects' })).toMatchObject({
      ok: true,
      sourcePort: 'delivery',
      targetPort: 'objects',
    });
  });

  it('explains a refusal whichever end the drag started from', () => {
    const bucketIn = { nodeId: 's3-bucket-1', id: 'objects', type: 'target' as const };
    const producerOut = { nodeId: 'app-producer-1', id: 'records', type: 'source' as const };
    // The list of accepted sources grows with the catalog.
    const reason = /^Amazon S3 bucket accepts input from Amazon Data Firehose\b.*, not from Application producer\.$/;
    expect(refusalReason(pipeline, bucketIn, producerOut)).toMatch(reason);
    expect(refusalReason(pipeline, producerOut, bucketIn)).toMatch(reason);
    expect(refusalReason(pipeline, producerOut, { nodeId: 'kinesis-firehose-1', id: 'delivery', type: 'source' })).toMatch(/output .* to an input/);
    expect(refusalReason(pipeline, producerOut, { nodeId: 'kinesis-firehose-1', id: 'records', type: 'target' })).toMatch(/already connected/);
  });
});

describe('React Flow elements', () => {
  it('declare size and handles up front, and are reused while nothing changed', () => {
    const node = pipeline.nodes[1]!;
    const flow = flowNodeOf(node, { selected: false });
    expect(flow).toMatchObject({ type: 'pipeline', width: NODE_WIDTH, measured: { width: NODE_WIDTH } });
    const firehose = KINDS['kinesis-firehose'] as KindDefinition;
    expect(flow.handles!.map((h) => [h.id, h.type])).toEqual([...firehose.inputs.map((p) => [p.id, 'target']), ...firehose.outputs.map((p) => [p.id, 'source'])]);
    expect(flow.handles!.slice(0, 1).map((h) => h.id)).toEqual(['records']);
    expect(flowNodeOf(node, { selected: false })).toBe(flow);
    expect(flowNodeOf(node, { selected: true })).not.toBe(flow);
    const findings = { count: 1, worst: 'warning' as const, messages: 'm' };
    const withFindings = flowNodeOf(node, { selected: true, findings });
    expect(withFindings.data.findings).toEqual(findings);
    // Summaries are compared by value: a new but equal summary reuses the element.
    expect(flowNodeOf(node, { selected: true, findings: { ...findings } })).toBe(withFindings);
    expect(flowNodeOf(node, { selected: true, findings, connect: { state: 'invalid', reason: 'r' } }).data.connect).toEqual({ state: 'invalid', reason: 'r' });
  });

  it('carries the findings of an edge, for its midpoint marker', () => {
    const kinds = new Map(pipeline.nodes.map((n) => [n.id, n.kind]));
    const edge = pipeline.edges[0]!;
    const plain = flowEdgeOf(edge, kinds, false);
    expect(plain).toMatchObject({ type: 'pipeline', data: { findings: undefined } });
    const summary = { count: 2, worst: 'error' as const, messages: 'a\nb' };
    const marked = flowEdgeOf(edge, kinds, false, summary);
    expect(marked).not.toBe(plain);
    expect(marked).toMatchObject({ className: 'pw-edge pw-edge--data has-findings sev-error', data: { findings: summary } });
    expect(flowEdgeOf(edge, kinds, false, { ...summary })).toBe(marked);
  });

  it('fills in the ports of an edge saved without them, and draws an arrowhead', () => {
    const kinds = new Map(pipeline.nodes.map((n) => [n.id, n.kind]));
    expect(flowEdgeOf(pipeline.edges[0]!, kinds, false)).toMatchObject({ sourceHandle: 'records', targetHandle: 'records', markerEnd: { type: 'arrowclosed' } });
  });

  it('draws an edge by the kind of its source port', () => {
    const kinds = new Map(pipeline.nodes.map((n) => [n.id, n.kind]));
    expect(flowEdgeOf(pipeline.edges[0]!, kinds, false)).toMatchObject({ className: 'pw-edge pw-edge--data', data: { edgeKind: 'data' }, markerEnd: { color: 'var(--edge-data)' } });
    for (const kind of Object.values(KINDS) as KindDefinition[]) {
      for (const port of kind.outputs) expect(edgeKindOf(kind.id, port.id)).toBe(port.edgeKind);
    }
    expect(edgeKindOf('no-such-kind', undefined)).toBe('data');
  });

  it('names the port and, when not data, what it carries, in handle tooltips', () => {
    expect(portTooltip({ id: 'records', label: 'Records', edgeKind: 'data' }, 'target')).toBe('Input: Records');
    expect(portTooltip({ id: 'start', label: 'Start', edgeKind: 'control' }, 'source')).toBe('Output: Start (control)');
  });
});
