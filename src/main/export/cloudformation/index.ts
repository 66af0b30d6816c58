import { Document } from 'yaml';
import { isKindId, type KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../../shared/model/pipeline';
import { ExportError } from '../errors';
import { parseConfig } from './config';
import { mapperContext } from './context';
import { LogicalIds } from './logical-ids';
import { nodeName, type MapperContext, type MapperResult } from './mapper';
import { mappingOf } from './mappers';
import { clampDescription, type CfnParameter, type CfnTemplate } from './template';

export type { CfnTemplate } from './template';

/** Parses the node's config for its kind and runs that kind's mapper (generic so config and mapper agree). */
function mapNode<K extends KindId>(kind: K, node: PipelineNode, ctx: MapperContext): MapperResult {
  return mappingOf(kind).toCfn(node, parseConfig(kind, node), ctx);
}

/** Names on one line: newlines in a name would break comments and descriptions. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The pipeline as a CloudFormation template. Throws ExportError when a node cannot be exported. */
export function toCloudFormation(pipeline: Pipeline): CfnTemplate {
  const ids = new LogicalIds(pipeline.nodes);
  const resources: CfnTemplate['Resources'] = {};
  const outputs: NonNullable<CfnTemplate['Outputs']> = {};
  const notes: string[] = [];
  const parameters = new Map<string, CfnParameter>();
  for (const node of pipeline.nodes) {
    if (!isKindId(node.kind)) {
      notes.push(`Skipped ${nodeName(node)}: kind "${node.kind}" is unknown to this version of Pipewright.`);
      continue;
    }
    const result = mapNode(node.kind, node, mapperContext(pipeline, ids, node, parameters));
    Object.assign(resources, result.resources);
    Object.assign(outputs, result.outputs);
    notes.push(...(result.notes ?? []));
  }
  if (Object.keys(resources).length === 0) {
    throw new ExportError(`Cannot export "${oneLine(pipeline.name)}" to CloudFormation: it has no AWS resources.`);
  }
  // Optional sections are left out rather than written empty.
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: clampDescription(`Pipewright pipeline "${oneLine(pipeline.name)}": resources for its AWS services and IAM permissions.`),
    ...(notes.length > 0 ? { Metadata: { Pipewright: { Notes: notes } } } : {}),
    ...(parameters.size > 0 ? { Parameters: Object.fromEntries(parameters) } : {}),
    Resources: resources,
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
}

/** The template as YAML, headed by a comment naming the pipeline. Same pipeline, same text. */
export function cloudFormationYaml(pipeline: Pipeline): string {
  // YAML 1.1 rules quote what CloudFormation's parser would read as dates or booleans ("2012-10-17", "on");
  // no aliases, since CloudFormation does not resolve YAML anchors.
  const document = new Document(toCloudFormation(pipeline), { version: '1.1', aliasDuplicateObjects: false });
  document.commentBefore = ` CloudFormation template for the Pipewright pipeline "${oneLine(pipeline.name)}".`;
  return document.toString({ lineWidth: 0 });
}
