import type { Pipeline } from '../model/pipeline';

/** A ready-made pipeline offered by "New from template" and `pipewright templates`. */
export interface PipelineTemplate {
  /** Stable kebab-case id, the CLI's NAME. Example: `"real-time-layer"`. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences: what it shows. */
  readonly description: string;
  /** A fresh pipeline every call (callers may mutate it). */
  build(): Pipeline;
}
