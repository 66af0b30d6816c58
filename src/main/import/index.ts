import type { Pipeline } from '../../shared/model/pipeline';
import { buildCloudFormation } from '../export/cloudformation';
import { isPlainObject, sameValue } from '../export/cloudformation/template-refs';
import { keepOriginal } from './keep-original';
import { readTemplate } from './read-template';
import { templateToPipeline } from './template-to-pipeline';

export { ImportError } from './import-error';

export interface ImportResult {
  readonly pipeline: Pipeline;
  /** What the user should know: nodes kept as imported, settings not read, resources kept as they are. */
  readonly notes: readonly string[];
}

/** The template Pipewright would export for `pipeline`, without its own metadata, to compare with the one read. */
export function exportedWithoutPipewrightMetadata(pipeline: Pipeline): Record<string, unknown> {
  const template = structuredClone(buildCloudFormation(pipeline, { tolerant: true }).template) as unknown as Record<string, unknown>;
  if (isPlainObject(template.Metadata)) {
    delete template.Metadata.Pipewright;
    if (Object.keys(template.Metadata).length === 0) delete template.Metadata;
  }
  return template;
}

/**
 * A CloudFormation template (YAML or JSON text) as a pipeline that exports back to the same template:
 * see docs/import.md. `name` names the pipeline when the template does not (e.g. the file's name).
 * Throws ImportError, naming what and where, for anything that is not a template.
 */
export async function importCloudFormation(text: string, name: string): Promise<ImportResult> {
  const { template } = readTemplate(text);
  const draft = await templateToPipeline(template, name.trim() || 'Imported template');
  const { pipeline, notes } = keepOriginal(draft, template);
  // The records are built to give the template back; should a mapping make that impossible, say where.
  const original = structuredClone(template) as Record<string, unknown>;
  if (isPlainObject(original.Metadata)) {
    delete original.Metadata.Pipewright;
    if (Object.keys(original.Metadata).length === 0) delete original.Metadata;
  }
  const exported = exportedWithoutPipewrightMetadata(pipeline);
  const differing = [...new Set([...Object.keys(original), ...Object.keys(exported)])].filter((key) => !sameValue(original[key], exported[key]));
  if (differing.length > 0) notes.push(`Exporting this pipeline will not give the template back exactly (${differing.join(', ')} differ): check the exported template.`);
  if (pipeline.nodes.length === 0) notes.push('No resource of the template is a kind Pipewright knows: the pipeline has no nodes, and every resource is kept as it is.');
  return { pipeline, notes };
}
