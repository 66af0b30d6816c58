import type { CfnResourceRecord, PipelineCloudFormation } from '../../../shared/model/cloudformation';
import type { PipelineNode } from '../../../shared/model/pipeline';
import { applyPatch, copyValue } from './overrides';
import type { CfnOutput, CfnParameter, CfnResource } from './template';
import { referencedNames } from './template-refs';

/**
 * Applying what an imported template kept (model/cloudformation.ts) to the resources, parameters
 * and outputs the mappers write. The rules are in docs/import.md.
 */

/** Whether the node's main resource is kept as imported: the node is then not mapped at all. */
export function keptAsImported(node: PipelineNode, logicalId: string): boolean {
  return node.cloudformation?.resources?.[logicalId]?.mode === 'keep';
}

/** The node's generated resources with its records applied, then the resources it keeps as they were. */
export function applyNodeRecords(node: PipelineNode, generated: Readonly<Record<string, CfnResource>>): Record<string, CfnResource> {
  const records: Record<string, CfnResourceRecord> = node.cloudformation?.resources ?? {};
  const out: Record<string, CfnResource> = {};
  for (const [id, resource] of Object.entries(generated)) {
    const record = records[id];
    if (record?.mode === 'omit' || record?.mode === 'keep') continue;
    out[id] = record?.mode === 'patch' ? applyPatch(resource as unknown as Record<string, unknown>, record) as unknown as CfnResource : resource;
  }
  for (const [id, record] of Object.entries(records)) if (record.mode === 'keep') out[id] = copyValue(record.resource) as unknown as CfnResource;
  return out;
}

/** Adds the resources no node owns; they win over a generated resource of the same logical id (said in a note). */
export function addKeptResources(resources: Record<string, CfnResource>, kept: PipelineCloudFormation | undefined, notes: string[]): void {
  for (const [id, resource] of Object.entries(kept?.resources ?? {})) {
    if (Object.hasOwn(resources, id)) notes.push(`Resource ${id} of the imported template replaces the one Pipewright generated under the same logical id.`);
    resources[id] = copyValue(resource) as unknown as CfnResource;
  }
}

/**
 * The template's parameters: the imported template's own (as they were) and, among those the
 * mappers declared, the ones something in the template refers to (a declared parameter whose
 * property was overridden by the imported value is left out, since nothing uses it).
 */
export function assembleParameters(declared: ReadonlyMap<string, CfnParameter>, kept: PipelineCloudFormation | undefined, usedBy: readonly unknown[]): Record<string, CfnParameter> {
  const used = referencedNames(usedBy);
  const own = (kept?.parameters ?? {}) as Record<string, CfnParameter>;
  const out: Record<string, CfnParameter> = {};
  for (const [name, spec] of declared) if (Object.hasOwn(own, name) || used.has(name)) out[name] = Object.hasOwn(own, name) ? copyValue(own[name]!) : spec;
  for (const [name, spec] of Object.entries(own)) if (!Object.hasOwn(out, name)) out[name] = copyValue(spec);
  return out;
}

/** The mappers' outputs less those the imported template did not have, with the template's own outputs as they were. */
export function assembleOutputs(generated: Readonly<Record<string, CfnOutput>>, kept: PipelineCloudFormation | undefined): Record<string, CfnOutput> {
  const omitted = new Set(kept?.omitOutputs ?? []);
  const own = (kept?.outputs ?? {}) as Record<string, CfnOutput>;
  const out: Record<string, CfnOutput> = {};
  for (const [name, value] of Object.entries(generated)) if (!omitted.has(name)) out[name] = Object.hasOwn(own, name) ? copyValue(own[name]!) : value;
  for (const [name, value] of Object.entries(own)) if (!Object.hasOwn(out, name)) out[name] = copyValue(value);
  return out;
}

/**
 * After a node was deleted, kept outputs and DependsOn entries may name resources no longer in the
 * template: CloudFormation would refuse it, so they are dropped, each with a note.
 */
export function dropDanglingReferences(resources: Record<string, CfnResource>, outputs: Record<string, CfnOutput>, parameters: Readonly<Record<string, unknown>>, notes: string[]): void {
  const known = (name: string) => Object.hasOwn(resources, name) || Object.hasOwn(parameters, name);
  for (const [name, output] of Object.entries(outputs)) {
    const missing = [...referencedNames(output)].filter((ref) => !known(ref));
    if (missing.length === 0) continue;
    delete outputs[name];
    notes.push(`Output ${name} was left out: it refers to ${missing.join(', ')}, no longer in the pipeline.`);
  }
  for (const [id, resource] of Object.entries(resources)) {
    const dependsOn: unknown = resource.DependsOn;
    if (dependsOn === undefined) continue;
    const list = Array.isArray(dependsOn) ? dependsOn : [dependsOn];
    const kept = list.filter((name) => typeof name !== 'string' || Object.hasOwn(resources, name));
    if (kept.length === list.length) continue;
    notes.push(`${id}: DependsOn ${list.filter((name) => !kept.includes(name)).join(', ')} was left out: no longer in the pipeline.`);
    if (kept.length === 0) delete resource.DependsOn;
    else resource.DependsOn = (Array.isArray(dependsOn) ? kept : kept[0]) as string[];
  }
}
