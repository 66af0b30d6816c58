import type { Position } from '../../shared/model/pipeline';
import type { LayoutEdge } from './layered-layout';

/** What main posts to the layout worker: one layered layout to compute, answered under the same `id`. */
export interface LayoutRequest {
  readonly id: number;
  readonly nodeIds: readonly string[];
  readonly edges: readonly LayoutEdge[];
}

/** What the layout worker posts back for each request. */
export type LayoutReply =
  | { readonly id: number; readonly type: 'done'; readonly positions: readonly (readonly [string, Position])[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
