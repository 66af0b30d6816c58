import { z } from 'zod';

/**
 * What a pipeline imported from a CloudFormation template keeps of that template, so that exporting
 * it writes back every resource, property, section and attribute the settings cannot reproduce.
 * See docs/import.md for the rules; src/main/import builds these records and the CloudFormation
 * export applies them.
 */

/** CloudFormation logical ids: alphanumeric, at most 255 characters (template anatomy, Resources). */
export const LogicalIdSchema = z.string().regex(/^[A-Za-z0-9]{1,255}$/, 'Expected a CloudFormation logical id (A–Z, a–z, 0–9, at most 255)');

/** A path into a resource, e.g. `["Properties", "Tags"]` or `["DeletionPolicy"]`. */
const ResourcePathSchema = z.array(z.string()).min(1);

/**
 * How one resource Pipewright writes for a node is turned into the template's original:
 * - `patch`: written from the settings, then each `set` path takes the original value and each `unset`
 *   path is removed (an override: later edits of the settings behind these paths do not show);
 * - `omit`: Pipewright would write it, the template did not have it: never written;
 * - `keep`: the original resource, written as it was (for resources Pipewright does not write for the node).
 */
export const CfnResourceRecordSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('patch'),
    set: z.array(z.object({ path: ResourcePathSchema, value: z.unknown() })).default([]),
    unset: z.array(ResourcePathSchema).default([]),
  }),
  z.object({ mode: z.literal('omit') }),
  z.object({ mode: z.literal('keep'), resource: z.record(z.string(), z.unknown()) }),
]);

/** A node's part of an imported template. */
export const NodeCloudFormationSchema = z.object({
  /** Logical id of the node's main resource, kept when the label changes so a deployed stack does not replace it. */
  logicalId: LogicalIdSchema.optional(),
  /** Records by logical id, for the resources the node writes or owns (its role, log group, alarms…). */
  resources: z.record(z.string(), CfnResourceRecordSchema).optional(),
});

/** The parts of an imported template that belong to no node. */
export const PipelineCloudFormationSchema = z.object({
  /** Resources no node owns (unknown types, shared roles…), as they were. */
  resources: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  /** Top-level sections that differ from what Pipewright writes (Description, Conditions, Mappings, Transform, Rules…), as they were. */
  sections: z.record(z.string(), z.unknown()).optional(),
  /** Top-level sections Pipewright writes that the template did not have (e.g. AWSTemplateFormatVersion). */
  omitSections: z.array(z.string()).optional(),
  /** Metadata entries other than Pipewright's own. */
  metadata: z.record(z.string(), z.unknown()).optional(),
  /** Parameters as the template declared them, where they differ from Pipewright's or are the template's own. */
  parameters: z.record(z.string(), z.unknown()).optional(),
  /** Outputs as the template declared them, where they differ from Pipewright's or are the template's own. */
  outputs: z.record(z.string(), z.unknown()).optional(),
  /** Outputs Pipewright would add that the template did not have. */
  omitOutputs: z.array(z.string()).optional(),
});

export type CfnResourceRecord = z.infer<typeof CfnResourceRecordSchema>;
export type CfnPatchRecord = Extract<CfnResourceRecord, { mode: 'patch' }>;
export type NodeCloudFormation = z.infer<typeof NodeCloudFormationSchema>;
export type PipelineCloudFormation = z.infer<typeof PipelineCloudFormationSchema>;
