import { useMemo } from 'react';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { select, useSelection } from '../../state/selection';
import { setMoment, useSimView } from '../../state/sim-view';
import { useChartTheme } from './chart-theme';
import { nodeCharts } from './node-charts';
import { bucketTimes } from './timeline';
import { UPlotChart } from './UPlotChart';

/** The node the charts show: the one selected on the canvas, else the first bottleneck, else the first simulated node. */
function shownNode(result: SimulationResult, selected: readonly string[]): string | undefined {
  const one = selected.length === 1 ? selected[0] : undefined;
  if (one !== undefined && result.series.nodes[one]) return one;
  return result.bottlenecks?.[0]?.nodeId ?? result.nodes[0]?.nodeId;
}

/** Charts of one node over the run, with the scrubber's moment as a cursor; a click on a chart moves the scrubber. */
export function NodeDetail({ result, label }: { result: SimulationResult; label: (nodeId: string) => string }) {
  const { nodeIds } = useSelection();
  const nodeId = shownNode(result, nodeIds);
  const moment = useSimView((v) => v.moment);
  const theme = useChartTheme();
  const times = useMemo(() => bucketTimes(result), [result]);
  const charts = useMemo(() => (nodeId ? nodeCharts(result, nodeId) : []), [result, nodeId]);
  if (!nodeId) return <p className="empty">No node was simulated.</p>;
  return (
    <div className="sim-detail" data-testid="sim-node-detail" data-node-id={nodeId}>
      <div className="sim-detail__head">
        <label htmlFor="sim-detail-node">Node</label>
        <select id="sim-detail-node" className="select" value={nodeId} onChange={(e) => select({ nodeIds: [e.currentTarget.value] })} data-testid="sim-detail-node">
          {result.nodes.map((n) => (
            <option key={n.nodeId} value={n.nodeId}>
              {label(n.nodeId)}
            </option>
          ))}
        </select>
        <span className="sim-sub">Select a node on the canvas to chart it; click a chart to move the timeline there.</span>
      </div>
      <div className="sim-charts">
        {charts.map((spec) => (
          <UPlotChart key={`${nodeId} ${spec.id}`} spec={spec} times={times} theme={theme} cursorIndex={moment === 'peak' ? null : moment} onPick={setMoment} />
        ))}
      </div>
    </div>
  );
}
