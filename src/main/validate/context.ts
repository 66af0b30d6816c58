import { outputEdgeKind } from '../../shared/catalog/connections';
import type { z } from 'zod';
import { KINDS, isKindId, type ConfigOf, type KindId } from '../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../shared/model/pipeline';
import { isCanonical } from './canonical-config';
import { GraphIndex } from './graph-index';
import type { RuleContext } from './rule';

/** A rule context that can also record whose settings were read (for incremental validation). */
export interface TrackedContext extends RuleContext {
  /** Runs `fn`, returning its result and the ids of the nodes whose settings it read. */
  tracking<T>(fn: () => T): { value: T; reads: ReadonlySet<string> };
  /** Takes the parsed settings of the previous run for every node whose settings did not change. */
  reuseParsed(previous: ReadonlyMap<string, ParseResult | undefined>, changed: ReadonlySet<string>): void;
  /** The edges by node this run used, for the next one while the graph stays the same. */
  readonly graph: GraphIndex;
  /** Settings parsed in this run, by node id. */
  parsedById(): Map<string, ParseResult | undefined>;
  /** Takes the previous run's memos whose settings did not change; only valid when the graph did not change either. */
  reuseMemos(previous: ReadonlyMap<object, MemoEntry>, changed: ReadonlySet<string>): void;
  /** The memos of this run (computed or reused), for the next one. */
  memos(): ReadonlyMap<object, MemoEntry>;
}

export interface MemoEntry {
  readonly value: unknown;
  readonly reads: ReadonlySet<string>;
}

type ParseResult = ReturnType<z.ZodType['safeParse']>;

/** Settings already in the form zod returns stand for their own parse result (rules only read them); others are parsed. */
function parseSettings(schema: z.ZodType, config: unknown): ParseResult {
  return isCanonical(schema, config) ? ({ success: true, data: config } as ParseResult) : schema.safeParse(config);
}

/**
 * The context of one run. `nodesById` and `graph` may come from the caller: the validator builds
 * the first anyway and keeps the second while the graph does not change.
 */
export function createContext(pipeline: Pipeline, nodesById = new Map(pipeline.nodes.map((n) => [n.id, n])), graph = new GraphIndex(pipeline.edges)): TrackedContext {
  const edgesByNode = graph.edgesByNode;
  const parsed = new Map<PipelineNode, ParseResult | undefined>();
  let previous: { results: ReadonlyMap<string, ParseResult | undefined>; changed: ReadonlySet<string> } | undefined;
  let reads: Set<string> | undefined;
  const parseConfig = (given: PipelineNode) => {
    // A reused memo holds the previous run's node objects: read the current settings of that node.
    const node = previousMemos ? (nodesById.get(given.id) ?? given) : given;
    reads?.add(node.id);
    if (!parsed.has(node)) {
      const reused = previous && !previous.changed.has(node.id) && previous.results.has(node.id);
      parsed.set(node, reused ? previous!.results.get(node.id) : isKindId(node.kind) ? parseSettings(KINDS[node.kind].config, node.config) : undefined);
    }
    return parsed.get(node);
  };
  const tracking = <T>(fn: () => T) => {
    const outer = reads;
    reads = new Set();
    try {
      const value = fn();
      return { value, reads };
    } finally {
      const inner = reads;
      reads = outer;
      for (const id of inner) outer?.add(id);
    }
  };
  const memos = new Map<object, MemoEntry>();
  let previousMemos: { entries: ReadonlyMap<object, MemoEntry>; changed: ReadonlySet<string> } | undefined;
  const reusableMemo = (key: object): MemoEntry | undefined => {
    const entry = previousMemos?.entries.get(key);
    if (!entry) return undefined;
    for (const id of entry.reads) if (previousMemos!.changed.has(id)) return undefined;
    return entry;
  };
  return {
    pipeline,
    nodesById,
    edgesByNode,
    graph,
    index: { node: (id) => nodesById.get(id), edgesOf: (id) => graph.edgesOf(id) },
    parseConfig,
    tracking,
    reuseParsed(results, changed) {
      previous = { results, changed };
    },
    parsedById: () => new Map([...parsed].map(([node, result]) => [node.id, result])),
    memo<T>(key: object, compute: () => T): T {
      let entry = memos.get(key);
      if (!entry) {
        entry = reusableMemo(key);
        if (entry) for (const id of entry.reads) reads?.add(id);
        else entry = tracking(compute);
        memos.set(key, entry);
      } else for (const id of entry.reads) reads?.add(id);
      return entry.value as T;
    },
    reuseMemos(entries, changed) {
      previousMemos = { entries, changed };
    },
    memos: () => memos,
    incoming: (id) => graph.incoming(id),
    outgoing: (id) => graph.outgoing(id),
    edgeKind: (edge) => outputEdgeKind(nodesById.get(edge.source)?.kind, edge.sourcePort),
    configOf<K extends KindId>(node: PipelineNode | undefined, kind: K): ConfigOf<K> | undefined {
      if (!node || node.kind !== kind) return undefined;
      const result = parseConfig(node);
      return result?.success ? (result.data as ConfigOf<K>) : undefined;
    },
  };
}
