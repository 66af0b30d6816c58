import { kindOf } from '../../shared/catalog/registry';
import type { Pipeline } from '../../shared/model/pipeline';
import { edgeColor, edgeKindOf } from '../canvas/edge-kinds';
import { NODE_HEIGHT, NODE_WIDTH } from '../canvas/geometry';
import { iconUrl } from '../ui/KindIcon';

const PAD = 40;

/** A small drawing of a pipeline: each node a tile with its service icon, each edge a line coloured by its kind. */
export function TemplateThumbnail({ pipeline, width = 168, height = 96 }: { pipeline: Pipeline; width?: number; height?: number }) {
  const xs = pipeline.nodes.map((n) => n.position.x);
  const ys = pipeline.nodes.map((n) => n.position.y);
  const minX = Math.min(...xs, 0) - PAD;
  const minY = Math.min(...ys, 0) - PAD;
  const w = Math.max(...xs, 0) + NODE_WIDTH + PAD - minX;
  const h = Math.max(...ys, 0) + NODE_HEIGHT + PAD - minY;
  const byId = new Map(pipeline.nodes.map((n) => [n.id, n]));
  return (
    <svg className="template-thumb" width={width} height={height} viewBox={`${minX} ${minY} ${w} ${h}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {pipeline.edges.map((e) => {
        const s = byId.get(e.source);
        const t = byId.get(e.target);
        if (!s || !t) return null;
        const kind = edgeKindOf(s.kind, e.sourcePort);
        const x1 = s.position.x + NODE_WIDTH;
        const y1 = s.position.y + NODE_HEIGHT / 2;
        const x2 = t.position.x;
        const y2 = t.position.y + NODE_HEIGHT / 2;
        const mid = (x1 + x2) / 2;
        return (
          <path
            key={e.id}
            d={`M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`}
            fill="none"
            style={{ stroke: edgeColor(kind) }}
            strokeWidth={6}
            strokeDasharray={kind === 'control' ? '24 14' : kind === 'metadata' ? '4 12' : undefined}
          />
        );
      })}
      {pipeline.nodes.map((n) => {
        const url = kindOf(n.kind) ? iconUrl(n.kind) : undefined;
        return (
          <g key={n.id} transform={`translate(${n.position.x} ${n.position.y})`}>
            <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={12} className="template-thumb__node" />
            {url && <image href={url} x={14} y={12} width={48} height={48} />}
            <rect x={76} y={22} width={100} height={10} rx={5} className="template-thumb__text" />
            <rect x={76} y={42} width={70} height={8} rx={4} className="template-thumb__text template-thumb__text--muted" />
          </g>
        );
      })}
    </svg>
  );
}
