import { defaultConfig, type KindId } from '../../../shared/catalog/registry';
import { PIPELINE_VERSION, PipelineSchema, type SimulationSettings } from '../../../shared/model/pipeline';
import type { NodeStats, SimulationResult } from '../../../shared/model/simulation-result';
import { SimulationResultSchema } from '../../../shared/model/simulation-result';
import { simulate, type SimulateOptions } from '../engine';

/** Test support: a chain of nodes (each feeding the next, or the edges given), simulated and parsed. */
export interface TestNode {
  id: string;
  kind: KindId;
  config?: Record<string, unknown>;
}

export function runChain(nodes: TestNode[], simulation: Partial<SimulationSettings>, options: SimulateOptions = {}, edges?: [string, string][]): SimulationResult {
  const pairs = edges ?? nodes.slice(1).map((n, i): [string, string] => [nodes[i]!.id, n.id]);
  const pipeline = PipelineSchema.parse({
    format: 'pipewright',
    version: PIPELINE_VERSION,
    name: 'test',
    nodes: nodes.map((n, i) => ({ id: n.id, kind: n.kind, label: n.id, position: { x: i * 100, y: 0 }, config: { ...defaultConfig(n.kind), ...n.config } })),
    edges: pairs.map(([source, target], i) => ({ id: `e${i}`, source, target })),
    simulation: { seed: 1, resolutionSeconds: 0.1, ...simulation },
  });
  const result = simulate(pipeline, options);
  if (result === 'stopped') throw new Error('stopped');
  return SimulationResultSchema.parse(result);
}

export const statsOf = (result: SimulationResult, id: string): NodeStats => result.nodes.find((n) => n.nodeId === id)!;

/** The engine's conservation invariant for one node. */
export const balances = (s: NodeStats) => s.recordsIn === s.recordsOut + s.recordsThrottled + s.recordsDropped + s.recordsLost + s.recordsBuffered;
