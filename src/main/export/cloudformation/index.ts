import { isKindId, type KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../../shared/model/pipeline';
import { ExportError } from '../errors';
import { parseConfig } from './config';
import { mapperContext } from './context';
import { LogicalIds } from './logical-ids';
import { nodeName, type MapperContext, type MapperResult } from './mapper';
import { mappingOf } from './mappers';
import { shortFormDocument } from './short-form';
import { addKeptResources, applyNodeRecords, assembleOutputs, assembleParameters, dropDanglingReferences, keptAsImported } from './imported-records';
import { pipewrightMetadata } from './pipewright-metadata';
import { clampDescription, type CfnParameter, type CfnTemplate } from './template';

export type { CfnTemplate } from './template';

/** Parses the node's config for its kind and runs that kind's mapper (generic so config and mapper agree). */
function mapNode<K extends KindId>(kind: K, node: PipelineNode, ctx: MapperContext): MapperResult {
  return mappingOf(kind).toCfn(node, parseConfig(kind, node), ctx);
}

/** Names on one line: newlines in a name would break comments and descriptions. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What mapping each node gave: its resources, outputs and notes, or why it could not be exported. */
export type NodeMapping = { result: MapperResult; error?: undefined } | { result?: undefined; error: ExportError };

/** A template and how it was made, for the importer, which compares it with the template it read. */
export interface BuiltTemplate {
  readonly template: CfnTemplate;
  /** Per node id, what its mapper returned before any imported record was applied (absent: not mapped). */
  readonly mapped: ReadonlyMap<string, NodeMapping>;
  readonly logicalIdOf: (nodeId: string) => string | undefined;
}

/** Top-level sections in the order the template anatomy lists them. */
const SECTION_ORDER = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs'];

/**
 * The pipeline as a CloudFormation template, with whatever an imported template kept applied
 * (model/cloudformation.ts) and `Metadata.Pipewright` saying what the template cannot.
 * Throws ExportError when a node cannot be exported, unless `tolerant` (then the node is left out
 * and its error is in `mapped`).
 */
export function buildCloudFormation(pipeline: Pipeline, options: { tolerant?: boolean } = {}): BuiltTemplate {
  const ids = new LogicalIds(pipeline.nodes);
  const resources: CfnTemplate['Resources'] = {};
  const generatedOutputs: NonNullable<CfnTemplate['Outputs']> = {};
  const notes: string[] = [];
  const parameters = new Map<string, CfnParameter>();
  const mapped = new Map<string, NodeMapping>();
  for (const node of pipeline.nodes) {
    if (!isKindId(node.kind)) {
      notes.push(`Skipped ${nodeName(node)}: kind "${node.kind}" is unknown to this version of Pipewright.`);
      continue;
    }
    const logicalId = ids.of(node.id)!;
    let result: MapperResult = { resources: {} };
    if (!keptAsImported(node, logicalId)) {
      try {
        result = mapNode(node.kind, node, mapperContext(pipeline, ids, node, parameters));
        mapped.set(node.id, { result });
      } catch (error) {
        if (!(options.tolerant && error instanceof ExportError)) throw error;
        mapped.set(node.id, { error });
      }
    }
    Object.assign(resources, applyNodeRecords(node, result.resources));
    Object.assign(generatedOutputs, result.outputs);
    notes.push(...(result.notes ?? []));
  }
  const kept = pipeline.cloudformation;
  addKeptResources(resources, kept, notes);
  if (Object.keys(resources).length === 0 && !options.tolerant) {
    throw new ExportError(`Cannot export "${oneLine(pipeline.name)}" to CloudFormation: it has no AWS resources.`);
  }
  const outputs = assembleOutputs(generatedOutputs, kept);
  const sections: Record<string, unknown> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: clampDescription(`Pipewright pipeline "${oneLine(pipeline.name)}": resources for its AWS services and IAM permissions.`),
    ...kept?.sections,
  };
  for (const name of kept?.omitSections ?? []) delete sections[name];
  const params = assembleParameters(parameters, kept, [resources, outputs, sections, kept?.metadata]);
  dropDanglingReferences(resources, outputs, params, notes);
  const metadata = pipewrightMetadata(pipeline, { Parameters: params, Resources: resources }, (id) => ids.of(id), notes);
  const parts: Record<string, unknown> = {
    ...sections,
    Metadata: { ...kept?.metadata, Pipewright: metadata },
    // Optional sections are left out rather than written empty.
    ...(Object.keys(params).length > 0 ? { Parameters: params } : {}),
    Resources: resources,
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
  const rank = (key: string) => (SECTION_ORDER.includes(key) ? SECTION_ORDER.indexOf(key) : SECTION_ORDER.indexOf('Resources') - 0.5);
  const template = Object.fromEntries(Object.keys(parts).sort((a, b) => rank(a) - rank(b)).map((key) => [key, parts[key]])) as unknown as CfnTemplate;
  return { template, mapped, logicalIdOf: (id) => ids.of(id) };
}

/** The pipeline as a CloudFormation template. Throws ExportError when a node cannot be exported. */
export function toCloudFormation(pipeline: Pipeline): CfnTemplate {
  return buildCloudFormation(pipeline).template;
}

/** The template as YAML, headed by a comment naming the pipeline. Same pipeline, same text. */
export function cloudFormationYaml(pipeline: Pipeline): string {
  const document = shortFormDocument(toCloudFormation(pipeline));
  document.commentBefore = ` CloudFormation template for the Pipewright pipeline "${oneLine(pipeline.name)}".`;
  return document.toString({ lineWidth: 0 });
}
