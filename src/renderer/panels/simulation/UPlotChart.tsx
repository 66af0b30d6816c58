import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatSeconds } from '../format';
import { formatChartValue } from './chart-format';
import type { ChartTheme } from './chart-theme';
import type { ChartSpec } from './node-charts';

const HEIGHT = 120;

/** Y scales start at zero (counts, rates and money are never negative) with some headroom. */
const fromZero = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [Math.min(0, min), max > 0 ? max * 1.1 : 1];

interface Props {
  spec: ChartSpec;
  /** Start of each bucket, seconds: the x axis. */
  times: readonly number[];
  theme: ChartTheme;
  /** The scrubber's bucket, drawn as a vertical line; null draws none. */
  cursorIndex: number | null;
  /** A click on the plot picks that bucket. */
  onPick?: (index: number) => void;
  /** How the x axis is written; simulated seconds by default. */
  formatX?: (x: number) => string;
}

/**
 * One uPlot time-series chart. uPlot sets its sizes through element.style (CSSOM), which the app's
 * `style-src 'self'` CSP allows; its stylesheet is bundled. The chart is built once per spec, data
 * and theme; the scrubber only redraws the cursor line from the cached paths.
 */
export function UPlotChart({ spec, times, theme, cursorIndex, onPick, formatX = formatSeconds }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursor = useRef(cursorIndex);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const el = host.current!;
    const drawCursor = (u: uPlot) => {
      const i = cursor.current;
      const t = i === null ? undefined : times[i];
      if (t === undefined) return;
      const x = Math.round(u.valToPos(t, 'x', true));
      const { ctx, bbox } = u;
      ctx.save();
      ctx.strokeStyle = theme.cursor;
      ctx.lineWidth = Math.max(1, devicePixelRatio);
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      ctx.restore();
    };
    const twoAxes = spec.lines.some((l) => l.rightAxis);
    const yValues = (_u: uPlot, splits: number[]) => splits.map((s) => formatChartValue(spec.unit, s));
    const axis = { stroke: theme.axis, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1 }, font: '10px system-ui, sans-serif' };
    const u = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: HEIGHT,
        scales: { x: { time: false }, y: { range: fromZero }, right: { range: fromZero } },
        axes: [
          { ...axis, values: (_u, splits) => splits.map((s) => formatX(s)) },
          { ...axis, size: 64, values: yValues },
          ...(twoAxes ? [{ ...axis, scale: 'right', side: 1, size: 64, grid: { show: false }, values: yValues }] : []),
        ],
        series: [
          { label: 'At', value: (_u, v) => (v === null ? '—' : formatX(v)) },
          ...spec.lines.map((line) => ({
            label: line.label,
            scale: line.rightAxis ? 'right' : 'y',
            stroke: theme.tones[line.tone],
            width: 1.5,
            spanGaps: false,
            points: { show: false },
            value: (_u: uPlot, v: number | null) => formatChartValue(spec.unit, v),
          })),
        ],
        cursor: { drag: { x: false, y: false } },
        legend: { live: true },
        hooks: { draw: [drawCursor] },
      },
      [times as number[], ...spec.lines.map((l) => l.values as (number | null)[])],
      el,
    );
    const onClick = () => {
      const i = u.cursor.idx;
      if (i !== null && i !== undefined) pick.current?.(i);
    };
    u.over.addEventListener('click', onClick);
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    plot.current = u;
    return () => {
      resize.disconnect();
      u.over.removeEventListener('click', onClick);
      u.destroy();
      plot.current = null;
    };
  }, [spec, times, theme, formatX]);

  useEffect(() => {
    cursor.current = cursorIndex;
    plot.current?.redraw(false, false);
  }, [cursorIndex]);

  return (
    <figure className="sim-chart" data-testid={`sim-chart-${spec.id}`}>
      <figcaption>{spec.title}</figcaption>
      <div ref={host} className="sim-chart__plot" />
    </figure>
  );
}
