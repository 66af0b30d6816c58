import type { CfnResourceRecord, PipelineCloudFormation } from '../../shared/model/cloudformation';
import type { Pipeline } from '../../shared/model/pipeline';
import { buildCloudFormation, type BuiltTemplate } from '../export/cloudformation';
import { nodeName } from '../export/cloudformation/mapper';
import { diffValues } from '../export/cloudformation/overrides';
import { isPlainObject, sameValue } from '../export/cloudformation/template-refs';
import type { DraftPipeline } from './template-to-pipeline';

type Template = Record<string, unknown> & { Resources: Record<string, Record<string, unknown>> };

/** Sections compared entry by entry, or (Metadata) kept apart from Pipewright's own entry. */
const ENTRY_SECTIONS = ['Resources', 'Parameters', 'Outputs', 'Metadata'];

const byId = (pipeline: Pipeline, id: string) => pipeline.nodes.find((n) => n.id === id)!;

/** The resources that `owner` gives to node `nodeId`, as `keep` records, skipping those already claimed. */
function keepOwned(template: Template, owner: ReadonlyMap<string, string>, nodeId: string, claimed: Set<string>): Record<string, CfnResourceRecord> {
  const records: Record<string, CfnResourceRecord> = {};
  for (const [resourceId, ownerId] of owner) {
    if (ownerId !== nodeId || claimed.has(resourceId)) continue;
    records[resourceId] = { mode: 'keep', resource: template.Resources[resourceId]! };
    claimed.add(resourceId);
  }
  return records;
}

/**
 * Nodes kept as imported: their mapping failed, or does not write their resource as the template's
 * type. Found by building until no more fail, since a node left out can change what others write.
 */
function keptNodes(draft: DraftPipeline, template: Template): Map<string, string> {
  const why = new Map<string, string>();
  for (let round = 0; round <= draft.pipeline.nodes.length; round++) {
    const trial = structuredClone(draft.pipeline);
    for (const node of trial.nodes) {
      const logicalId = draft.mainResources.get(node.id);
      if (why.has(node.id) && logicalId) node.cloudformation = { logicalId, resources: { [logicalId]: { mode: 'keep', resource: template.Resources[logicalId]! } } };
    }
    const { mapped } = buildCloudFormation(trial, { tolerant: true });
    let more = false;
    for (const [nodeId, logicalId] of draft.mainResources) {
      if (why.has(nodeId)) continue;
      const mapping = mapped.get(nodeId);
      const written = mapping?.result?.resources[logicalId];
      const reason = mapping?.error?.message ?? (written?.Type === template.Resources[logicalId]!.Type ? undefined : `Pipewright does not write it as ${String(template.Resources[logicalId]!.Type)} yet`);
      if (reason === undefined) continue;
      why.set(nodeId, reason);
      more = true;
    }
    if (!more) break;
  }
  return why;
}

/**
 * Adds to the draft pipeline what the template has that its settings cannot reproduce (see
 * model/cloudformation.ts and docs/import.md): per node, how each resource Pipewright writes differs
 * from the template's (`patch`), what it writes that the template lacks (`omit`) and the resources
 * it owns that Pipewright does not write (`keep`); for the pipeline, the resources no node owns and
 * the sections. Exporting the result gives the template back.
 */
export function keepOriginal(draft: DraftPipeline, template: Template): { pipeline: Pipeline; notes: string[] } {
  const pipeline = structuredClone(draft.pipeline);
  const notes = [...draft.notes];
  const claimed = new Set<string>();
  const kept = keptNodes(draft, template);
  for (const [nodeId, reason] of kept) {
    const node = byId(pipeline, nodeId);
    node.cloudformation = { ...node.cloudformation, resources: keepOwned(template, draft.owner, nodeId, claimed) };
    notes.push(`${nodeName(node)} is kept as imported (${reason}): edits to its settings do not change its resources.`);
  }
  const { mapped } = buildCloudFormation(pipeline, { tolerant: true });
  for (const node of pipeline.nodes) {
    if (kept.has(node.id)) continue;
    const records: Record<string, CfnResourceRecord> = {};
    const overridden: string[] = [];
    for (const [id, generated] of Object.entries(mapped.get(node.id)?.result?.resources ?? {})) {
      const original = template.Resources[id];
      if (!original || claimed.has(id) || original.Type !== generated.Type) {
        records[id] = { mode: 'omit' };
        continue;
      }
      claimed.add(id);
      const patch = diffValues(generated, original);
      if (patch.set.length + patch.unset.length === 0) continue;
      records[id] = { mode: 'patch', ...patch };
      overridden.push(...patch.set.map((s) => `${id}.${s.path.join('.')}`), ...patch.unset.map((p) => `${id}.${p.join('.')}`));
    }
    Object.assign(records, keepOwned(template, draft.owner, node.id, claimed));
    if (Object.keys(records).length > 0) node.cloudformation = { ...node.cloudformation, resources: records };
    if (overridden.length > 0) notes.push(`${nodeName(node)}: ${overridden.join(', ')} ${overridden.length === 1 ? 'is' : 'are'} kept as the template has ${overridden.length === 1 ? 'it' : 'them'}.`);
  }
  const extras = Object.fromEntries(Object.entries(template.Resources).filter(([id]) => !claimed.has(id)));
  const record: PipelineCloudFormation = Object.keys(extras).length > 0 ? { resources: extras } : {};
  if (Object.keys(extras).length > 0) notes.push(`Kept as they are: ${Object.entries(extras).map(([id, r]) => `${id} (${String(r.Type)})`).join(', ')}.`);
  Object.assign(record, sectionRecords(template, buildCloudFormation({ ...pipeline, cloudformation: record }, { tolerant: true })));
  if (Object.keys(record).length > 0) pipeline.cloudformation = record;
  return { pipeline, notes };
}

/** Where the template's sections differ from what Pipewright writes for the pipeline. */
function sectionRecords(original: Template, built: BuiltTemplate): PipelineCloudFormation {
  const written = built.template as unknown as Record<string, unknown>;
  const record: Required<Pick<PipelineCloudFormation, 'sections' | 'omitSections' | 'metadata' | 'parameters' | 'outputs' | 'omitOutputs'>> = {
    sections: {},
    omitSections: [],
    metadata: {},
    parameters: {},
    outputs: {},
    omitOutputs: [],
  };
  for (const [key, value] of Object.entries(original)) if (!ENTRY_SECTIONS.includes(key) && !sameValue(written[key], value)) record.sections[key] = value;
  for (const key of Object.keys(written)) if (!ENTRY_SECTIONS.includes(key) && !Object.hasOwn(original, key)) record.omitSections.push(key);
  if (isPlainObject(original.Metadata)) for (const [key, value] of Object.entries(original.Metadata)) if (key !== 'Pipewright') record.metadata[key] = value;
  const entries = (section: unknown) => (isPlainObject(section) ? section : {});
  const [parameters, outputs] = [entries(written.Parameters), entries(written.Outputs)];
  for (const [name, value] of Object.entries(entries(original.Parameters))) if (!sameValue(parameters[name], value)) record.parameters[name] = value;
  for (const [name, value] of Object.entries(entries(original.Outputs))) if (!sameValue(outputs[name], value)) record.outputs[name] = value;
  for (const name of Object.keys(outputs)) if (!Object.hasOwn(entries(original.Outputs), name)) record.omitOutputs.push(name);
  return Object.fromEntries(Object.entries(record).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0)));
}
