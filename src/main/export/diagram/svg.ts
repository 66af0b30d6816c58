import { kindOf } from '../../../shared/catalog/registry';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/model/node-size';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../../shared/model/pipeline';

/** Sizes match the canvas's node cards so the picture looks like the editor. */
export { NODE_HEIGHT, NODE_WIDTH };
const ICON_SIZE = 32;
const MARGIN = 32;
/** Text starts right of the icon (or near the left edge without one) and ends before the box's right edge. */
const TEXT_LEFT = 54;
const TEXT_LEFT_NO_ICON = 14;
const TEXT_RIGHT_PADDING = 8;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const EDGE_COLOR = '#7d8998';

/** The text without the characters XML 1.0 forbids (control characters, lone surrogates). */
const xmlAllowed = (text: string): string => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** Text as XML character data or attribute value: escaped, and without characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return xmlAllowed(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Width of one character in em, measured on DejaVu Sans Bold, the widest common system-ui font:
 * there are no font metrics outside a browser, and an early "…" is better than text cut mid-letter.
 */
function charWidthEm(char: string): number {
  if (/[ijlIJ.,:;'|!]/.test(char)) return 0.38;
  if (char === ' ') return 0.36;
  if (/[frt()-]/.test(char)) return 0.5;
  if (/[mwMW]/.test(char)) return 1.05;
  if (/[A-Z0-9]/.test(char)) return 0.8;
  if (/[a-z]/.test(char)) return 0.72;
  if (char < '\u0080') return 0.8; // other ASCII punctuation
  return 1; // accented letters, CJK, emoji
}

/** Regular weight runs about 10% narrower than bold. */
const REGULAR_WIDTH_FACTOR = 0.9;

/** The text, cut on whole code points and ended with "…" (1em) when its estimated width exceeds `maxWidth` px. */
export function fitText(text: string, fontSize: number, maxWidth: number, bold = false): string {
  const chars = Array.from(text);
  const widths = chars.map((char) => charWidthEm(char) * (bold ? 1 : REGULAR_WIDTH_FACTOR));
  const budget = maxWidth / fontSize;
  if (widths.reduce((sum, w) => sum + w, 0) <= budget) return text;
  let kept = 0;
  let width = 1;
  while (kept < chars.length && width + widths[kept]! <= budget) width += widths[kept++]!;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/** Coordinates with at most two decimals, and never "-0". */
export const num = (value: number): string => String(Number(value.toFixed(2)) + 0);

interface Point {
  x: number;
  y: number;
}

/** A curve from the source's right side to the target's left side, like the canvas draws edges. */
function edgeCurve(source: PipelineNode, target: PipelineNode): Point[] {
  const start = { x: source.position.x + NODE_WIDTH, y: source.position.y + NODE_HEIGHT / 2 };
  const end = { x: target.position.x, y: target.position.y + NODE_HEIGHT / 2 };
  const pull = Math.max(40, Math.abs(end.x - start.x) / 2);
  return [start, { x: start.x + pull, y: start.y }, { x: end.x - pull, y: end.y }, end];
}

function edgeSvg(edge: PipelineEdge, curve: Point[]): string {
  const [a, b, c, d] = curve as [Point, Point, Point, Point];
  const path = `M${num(a.x)} ${num(a.y)} C${num(b.x)} ${num(b.y)} ${num(c.x)} ${num(c.y)} ${num(d.x)} ${num(d.y)}`;
  return `<path data-edge="${xmlText(edge.id)}" d="${path}" fill="none" stroke="${EDGE_COLOR}" stroke-width="1.5" marker-end="url(#arrow)"/>`;
}

/** What diagrams write on a node: its label (the kind's short name when blank) and the kind's AWS name. */
export function nodeText(node: PipelineNode): { label: string; kindTitle: string } {
  const kind = kindOf(node.kind);
  const label = xmlAllowed(node.label).trim();
  return { label: label === '' ? (kind?.shortTitle ?? node.kind) : label, kindTitle: kind?.title ?? node.kind };
}

function nodeSvg(node: PipelineNode): string {
  const kind = kindOf(node.kind);
  const { x, y } = node.position;
  const { label, kindTitle } = nodeText(node);
  // The official icon, inlined as a data URI: self-contained, and no id clashes between repeated icons.
  const icon = kind
    ? `<image x="${num(x + 12)}" y="${num(y + (NODE_HEIGHT - ICON_SIZE) / 2)}" width="${ICON_SIZE}" height="${ICON_SIZE}" href="data:image/svg+xml;base64,${Buffer.from(kind.icon, 'utf8').toString('base64')}"/>`
    : '';
  const textLeft = kind ? TEXT_LEFT : TEXT_LEFT_NO_ICON;
  const textWidth = NODE_WIDTH - textLeft - TEXT_RIGHT_PADDING;
  return [
    `<g data-node="${xmlText(node.id)}">`,
    `<title>${xmlText(label)}</title>`,
    // An unknown kind (from a newer version) is drawn dashed, without an icon.
    `<rect x="${num(x)}" y="${num(y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="#ffffff" stroke="#aab7b8" stroke-width="1"${kind ? '' : ' stroke-dasharray="4 3"'}/>`,
    icon,
    // A nested viewport clips text the width estimate got wrong, so it never spills out of the box.
    `<svg x="${num(x + textLeft)}" y="${num(y)}" width="${textWidth}" height="${NODE_HEIGHT}" overflow="hidden">`,
    `<text x="0" y="31" font-size="12" font-weight="600" fill="#16191f">${xmlText(fitText(label, 12, textWidth, true))}</text>`,
    `<text x="0" y="49" font-size="11" fill="#5f6b7a">${xmlText(fitText(kindTitle, 11, textWidth))}</text>`,
    '</svg>',
    '</g>',
  ].join('');
}

/** The pipeline as laid out on the canvas, as a standalone SVG document. */
export function toSvg(pipeline: Pipeline): string {
  const byId = new Map(pipeline.nodes.map((node) => [node.id, node]));
  const edges = pipeline.edges.flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    return source && target ? [{ edge, curve: edgeCurve(source, target) }] : [];
  });

  // Fit the view to the nodes and the curves' control points (a curve stays within them).
  const points: Point[] = pipeline.nodes.flatMap((n) => [n.position, { x: n.position.x + NODE_WIDTH, y: n.position.y + NODE_HEIGHT }]);
  points.push(...edges.flatMap((e) => e.curve));
  if (points.length === 0) points.push({ x: 0, y: 0 }, { x: NODE_WIDTH, y: NODE_HEIGHT });
  const minX = Math.min(...points.map((p) => p.x)) - MARGIN;
  const minY = Math.min(...points.map((p) => p.y)) - MARGIN;
  const width = Math.max(...points.map((p) => p.x)) + MARGIN - minX;
  const height = Math.max(...points.map((p) => p.y)) + MARGIN - minY;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" font-family="${FONT}">`,
    `<title>${xmlText(pipeline.name)}</title>`,
    '<defs>',
    `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${EDGE_COLOR}"/></marker>`,
    '</defs>',
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    // One edge or node per line keeps the golden file's diffs readable.
    '<g class="edges">',
    ...edges.map((e) => edgeSvg(e.edge, e.curve)),
    '</g>',
    '<g class="nodes">',
    ...pipeline.nodes.map(nodeSvg),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
