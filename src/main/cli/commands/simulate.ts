import type { Pipeline } from '../../../shared/model/pipeline';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { simulate } from '../../simulate/engine';
import { hasErrors, validatePipeline } from '../../validate/validate';
import type { CliArgs } from '../args';
import { EXIT, findingsText, printJson, type CliIo } from '../output';

/**
 * `simulate --json`: one row per node in a stable shape (docs/simulation-format.md). latencySeconds
 * is the end-to-end latency of what reached the node (sinks), else the time records waited in it.
 */
export function simulationJson(result: SimulationResult) {
  return {
    seed: result.seed,
    durationSeconds: result.durationSeconds,
    simulatedSeconds: result.simulatedSeconds,
    nodes: result.nodes.map((s) => {
      const latency = s.endToEndLatencySeconds ?? s.bufferLatencySeconds;
      return {
        nodeId: s.nodeId,
        kind: s.kind,
        recordsIn: s.recordsIn,
        recordsOut: s.recordsOut,
        recordsThrottled: s.recordsThrottled,
        recordsLost: s.recordsLost ?? 0,
        bytesIn: s.bytesIn,
        bytesOut: s.bytesOut,
        backlogRecords: s.recordsBuffered,
        objectsWritten: s.objectsWritten,
        latencySeconds: latency && { mean: latency.mean, p50: latency.p50, p95: latency.p95, max: latency.max },
        utilizationMax: s.utilizationMax ?? null,
        costUsd: s.costUsd ?? null,
      };
    }),
    costUsdPerMonth: result.costUsdPerMonth ?? { total: 0, byNode: {} },
    paths: result.paths ?? [],
    bottlenecks: result.bottlenecks ?? [],
    events: result.events,
    notes: result.notes,
  };
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

function resultText(pipeline: Pipeline, result: SimulationResult): string {
  const label = (id: string) => pipeline.nodes.find((n) => n.id === id)?.label ?? id;
  const rows = result.nodes.map((s) => {
    const parts = [`in ${fmt(s.recordsIn, 0)}`, `out ${fmt(s.recordsOut, 0)}`];
    if (s.recordsThrottled) parts.push(`throttled ${fmt(s.recordsThrottled, 0)}`);
    if (s.recordsDropped) parts.push(`dropped ${fmt(s.recordsDropped, 0)}`);
    if (s.recordsBuffered) parts.push(`buffered ${fmt(s.recordsBuffered, 0)}`);
    if (s.objectsWritten) parts.push(`${fmt(s.objectsWritten, 0)} objects, mean ${fmt(s.objectBytes?.mean ?? 0, 0)} B`);
    if (s.bufferLatencySeconds) parts.push(`buffer latency mean ${fmt(s.bufferLatencySeconds.mean)} s, p95 ${fmt(s.bufferLatencySeconds.p95)} s, max ${fmt(s.bufferLatencySeconds.max)} s`);
    if (s.endToEndLatencySeconds) parts.push(`end-to-end mean ${fmt(s.endToEndLatencySeconds.mean)} s`);
    if (s.bytesStored) parts.push(`${fmt(s.bytesStored, 0)} B stored`);
    if (s.utilizationMax != null) parts.push(`peak utilization ${fmt(s.utilizationMax * 100, 0)} %`);
    return `${label(s.nodeId)} (${s.kind}): ${parts.join(', ')}`;
  });
  const paths = (result.paths ?? []).map((p) => `path ${label(p.sourceId)} → ${label(p.sinkId)}: p50 ${fmt(p.latencySeconds.p50)} s, p95 ${fmt(p.latencySeconds.p95)} s, max ${fmt(p.latencySeconds.max)} s`);
  const bottlenecks = (result.bottlenecks ?? []).map((b) => `bottleneck ${label(b.nodeId)}: ${b.reason}. Suggestion: ${b.suggestion}`);
  const extra = [...paths, ...bottlenecks].map((line) => `${line}\n`).join('');
  return `Simulated ${fmt(result.durationSeconds, 0)} s of input (${fmt(result.simulatedSeconds, 0)} s with drain), seed ${result.seed}\n${rows.join('\n')}\n${extra}${result.notes.map((n) => `note: ${n}`).join('\n')}\n`;
}

export async function simulateCommand(pipeline: Pipeline, args: CliArgs, io: CliIo): Promise<number> {
  const findings = validatePipeline(pipeline);
  if (hasErrors(findings)) {
    io.err(`The pipeline has errors; fix them before simulating.\n${findingsText(findings)}`);
    return EXIT.pipelineErrors;
  }
  const result = simulate(pipeline);
  if (result === 'stopped') throw new Error('simulation stopped unexpectedly');
  if (args.flags.has('--json')) printJson(io, simulationJson(result));
  else io.out(resultText(pipeline, result));
  return EXIT.ok;
}
