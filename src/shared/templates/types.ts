import type { TemplateNode } from './build';
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

/** A template's content: nodes on the layout grid and `[source, target]` edges. */
export interface TemplateParts {
  readonly nodes: readonly TemplateNode[];
  readonly edges: readonly (readonly [string, string])[];
}
