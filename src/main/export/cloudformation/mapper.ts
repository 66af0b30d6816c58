import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../../shared/model/pipeline';
import type { CfnOutput, CfnResource } from './template';

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
}

export interface MapperResult {
  readonly resources: Record<string, CfnResource>;
  readonly outputs?: Record<string, CfnOutput>;
  /** Why something was left out; gathered into the template's Metadata so the user sees it. */
  readonly notes?: readonly string[];
}

/** Turns one node of kind K into CloudFormation. */
export type Mapper<K extends KindId> = (node: PipelineNode, config: ConfigOf<K>, ctx: MapperContext) => MapperResult;

/** How messages name a node: its label, or its id when it has none. */
export function nodeName(node: PipelineNode): string {
  return node.label.trim() === '' ? `node ${node.id}` : `"${node.label}"`;
}
