import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../../shared/model/pipeline';
import type { CfnOutput, CfnParameter, CfnResource, Intrinsic, Tag } from './template';

/** Another node this one is connected to, with what a mapper needs to reference it. */
export interface ConnectedNode<K extends KindId> {
  readonly node: PipelineNode;
  readonly config: ConfigOf<K>;
  /** Logical id of that node's main resource. */
  readonly logicalId: string;
}

/** What a mapper may know beyond its own node. */
export interface MapperContext {
  readonly pipeline: Pipeline;
  /** Logical id of this node's main resource. */
  readonly logicalId: string;
  readonly incoming: readonly PipelineEdge[];
  readonly outgoing: readonly PipelineEdge[];
  /** Logical id of another node's main resource; undefined for a node not in the pipeline. */
  logicalIdOf(nodeId: string): string | undefined;
  /** A new logical id, unique in the template, for a resource or output derived from this node: its id + suffix. */
  derivedId(suffix: string): string;
  /** Nodes of `kind` this node's outgoing edges lead to, in edge order. */
  targetsOfKind<K extends KindId>(kind: K): ConnectedNode<K>[];
  /** Nodes of `kind` whose edges lead into this node, in edge order. */
  sourcesOfKind<K extends KindId>(kind: K): ConnectedNode<K>[];
  /**
   * Declares a template parameter and returns a Ref to it. `name` is template-wide: nodes that ask
   * for the same name (VpcId, SubnetIds…) share one parameter; per-node names start with `logicalId`.
   */
  parameter(name: string, spec: CfnParameter): Intrinsic;
  /** The tags every taggable resource carries: the pipeline's name and the Environment parameter. */
  readonly tags: readonly Tag[];
}

export interface MapperResult {
  readonly resources: Record<string, CfnResource>;
  readonly outputs?: Record<string, CfnOutput>;
  /** Why something was left out; gathered into the template's Metadata so the user sees it. */
  readonly notes?: readonly string[];
}

/** Turns one node of kind K into CloudFormation. */
export type Mapper<K extends KindId> = (node: PipelineNode, config: ConfigOf<K>, ctx: MapperContext) => MapperResult;

/** A resource of a template being imported, with Refs to Parameters already replaced by their defaults. */
export interface ImportedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** What a kind sees when its settings are read back from a template. */
export interface ImportView {
  /** The node's main resource (the one a mapper names with `ctx.logicalId`). */
  readonly main: ImportedResource;
  /** Other resources that reference the main one (Ref, GetAtt, Sub), e.g. an event source mapping or a stream consumer. */
  readonly referencing: readonly ImportedResource[];
}

export type DeepPartial<T> = T extends readonly (infer E)[] ? readonly E[] : T extends object ? { [P in keyof T]?: DeepPartial<T[P]> } : T;

/**
 * A kind's two-way mapping. Import only needs `fromCfn` to read back what it can: anything it leaves
 * out keeps its default, and the importer keeps every original property the settings cannot reproduce.
 */
export interface KindMapping<K extends KindId> {
  /** CloudFormation type of the node's main resource; null for nodes with no resource of their own. */
  readonly mainType: string | null;
  readonly toCfn: Mapper<K>;
  readonly fromCfn: (view: ImportView) => DeepPartial<ConfigOf<K>>;
}

/** How messages name a node: its label, or its id when it has none. */
export function nodeName(node: PipelineNode): string {
  return node.label.trim() === '' ? `node ${node.id}` : `"${node.label}"`;
}
