import { edgeKindOf } from '../../../shared/catalog/connections';
import type { EdgeKind } from '../../../shared/catalog/types';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../../shared/model/pipeline';
import { SERVICE_GROUPS, serviceOf } from './services';
import { NODE_HEIGHT, NODE_WIDTH, nodeText, num, xmlText } from './svg';

/**
 * draw.io's AWS icons are square and stretch with their cell, so each icon takes the node's height
 * and sits centred where the canvas draws the node: the layout and edge directions stay the editor's.
 */
const ICON_SIZE = NODE_HEIGHT;

// Styles as draw.io's AWS 4 sidebar writes them (jgraph/drawio, Sidebar-AWS4.js), label under the icon.
const ICON_STYLE =
  'sketch=0;outlineConnect=0;fontColor=#232F3E;strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;';
/** A kind from a newer version: a dashed box with its label, as the SVG draws it. */
const UNKNOWN_STYLE = 'rounded=1;dashed=1;fillColor=#ffffff;strokeColor=#aab7b8;fontColor=#232F3E;fontSize=12;';
const EDGE_BASE = 'edgeStyle=orthogonalEdgeStyle;endArrow=block;endFill=1;strokeColor=#545B64;rounded=0;exitX=1;exitY=0.5;entryX=0;entryY=0.5;';
/** Like the canvas: data solid, control dashed, metadata dotted. */
const EDGE_DASH: Record<EdgeKind, string> = { data: '', control: 'dashed=1;dashPattern=8 4;', metadata: 'dashed=1;dashPattern=1 4;' };

/** An XML attribute value: escaped, with line breaks and tabs as character references (parsers turn raw ones into spaces). */
const attr = (text: string): string => xmlText(text).replace(/\r\n|\r|\n/g, '&#10;').replace(/\t/g, '&#9;');

const nodeCellId = (id: string): string => `node-${id}`;

function vertexCell(node: PipelineNode): string {
  const { label, kindTitle } = nodeText(node);
  const service = serviceOf(node.kind);
  const { x, y } = node.position;
  const [style, geometry] = service
    ? [
        `${ICON_STYLE}fillColor=${SERVICE_GROUPS[service.group].fill};resIcon=mxgraph.aws4.${service.drawioIcon};`,
        { x: x + (NODE_WIDTH - ICON_SIZE) / 2, y, width: ICON_SIZE, height: ICON_SIZE },
      ]
    : [UNKNOWN_STYLE, { x, y, width: NODE_WIDTH, height: NODE_HEIGHT }];
  return [
    `<mxCell id="${attr(nodeCellId(node.id))}" value="${attr(`${label}\n${kindTitle}`)}" style="${style}" vertex="1" parent="1">`,
    `<mxGeometry x="${num(geometry.x)}" y="${num(geometry.y)}" width="${geometry.width}" height="${geometry.height}" as="geometry"/>`,
    '</mxCell>',
  ].join('');
}

function edgeCell(pipeline: Pipeline, edge: PipelineEdge): string {
  const style = EDGE_BASE + EDGE_DASH[edgeKindOf(pipeline, edge) ?? 'data'];
  return [
    `<mxCell id="${attr(`edge-${edge.id}`)}" style="${style}" edge="1" parent="1" source="${attr(nodeCellId(edge.source))}" target="${attr(nodeCellId(edge.target))}">`,
    '<mxGeometry relative="1" as="geometry"/>',
    '</mxCell>',
  ].join('');
}

/**
 * The pipeline as an uncompressed draw.io file: one AWS icon per node where the canvas has it, one
 * connector per edge. Same pipeline, same text (ids come from the document).
 */
export function toDrawio(pipeline: Pipeline): string {
  const ids = new Set(pipeline.nodes.map((node) => node.id));
  const edges = pipeline.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return [
    '<mxfile host="Pipewright">',
    `  <diagram id="pipeline" name="${attr(pipeline.name)}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    '        <mxCell id="0"/>',
    '        <mxCell id="1" parent="0"/>',
    // One cell per line keeps the golden file's diffs readable.
    ...pipeline.nodes.map((node) => `        ${vertexCell(node)}`),
    ...edges.map((edge) => `        ${edgeCell(pipeline, edge)}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
