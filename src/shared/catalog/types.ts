import type { z } from 'zod';

/** Palette groups, in the order the palette shows them. */
export const CATEGORIES = [
  { id: 'sources', title: 'Sources' },
  { id: 'ingest', title: 'Ingest' },
  { id: 'streaming', title: 'Streaming' },
  { id: 'compute', title: 'Compute' },
  { id: 'storage', title: 'Storage' },
  { id: 'catalog-and-query', title: 'Catalog and query' },
  { id: 'orchestration', title: 'Orchestration' },
  { id: 'security-and-network', title: 'Security and network' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** What an edge carries: records and objects (data), start/stop signals (control), or table definitions (metadata). */
export type EdgeKind = 'data' | 'control' | 'metadata';

/** A connection point on a node. */
export interface PortDefinition {
  /** Stable id, saved in files as `sourcePort` / `targetPort`. Example: `"records"`. */
  readonly id: string;
  readonly label: string;
  readonly edgeKind: EdgeKind;
  /** Input ports only: the kinds allowed to connect here, and how AWS calls that connection. */
  readonly accepts?: Readonly<Record<string, string>>;
  /** Output ports only: when present, the port connects only to these kinds (e.g. a Firehose's S3 staging bucket). */
  readonly only?: readonly string[];
  /** At most this many edges on the port; unbounded when absent. */
  readonly max?: number;
  /** Why `max` holds, shown when a connection is refused for it. */
  readonly maxReason?: string;
}

/**
 * A node kind: everything every process needs to know about one service or source. Each kind
 * lives in its own file under `kinds/`; simulator behaviours, CloudFormation mappers and cost
 * models are maps over the kind ids, so a new kind does not compile until each side handles it.
 */
export interface KindDefinition<Config extends z.ZodObject = z.ZodObject> {
  /** Stable kebab-case id, saved in files. Example: `"kinesis-firehose"`. */
  readonly id: string;
  /** The AWS name. Example: `"Amazon Data Firehose"`. */
  readonly title: string;
  /** Label given to a new node. Example: `"Firehose"`. */
  readonly shortTitle: string;
  readonly category: CategoryId;
  /** One line for the palette. */
  readonly summary: string;
  /** A paragraph for the inspector: what it does in a pipeline and what to watch. */
  readonly help: string;
  /** The official AWS icon, as SVG text (from the `aws-icons` package). */
  readonly icon: string;
  /** Settings, with defaults that make a working node and AWS's bounds. Fields carry `.meta({ title, description, unit })`. */
  readonly config: Config;
  readonly inputs: readonly PortDefinition[];
  readonly outputs: readonly PortDefinition[];
}

/** Keeps the literal types of a kind definition while checking its shape. */
export function defineKind<const Config extends z.ZodObject, const K extends KindDefinition<Config>>(kind: K & KindDefinition<Config>): K {
  return kind;
}
