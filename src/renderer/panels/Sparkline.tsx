interface Props {
  recordsIn: readonly number[];
  recordsOut: readonly number[];
  width?: number;
  height?: number;
}

function points(values: readonly number[], max: number, width: number, height: number): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (v / max) * (height - 2)).toFixed(1)}`).join(' ');
}

/** Records in (solid) and out (accent) per time bucket, as a tiny inline chart. */
export function Sparkline({ recordsIn, recordsOut, width = 120, height = 28 }: Props) {
  const max = Math.max(1, ...recordsIn, ...recordsOut);
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Records in and out over time">
      <polyline className="sparkline__in" points={points(recordsIn, max, width, height)} />
      <polyline className="sparkline__out" points={points(recordsOut, max, width, height)} />
    </svg>
  );
}
