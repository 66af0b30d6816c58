import { z } from 'zod';
import { S3_LIMITS_TABLE as L } from './limits/s3';

/** S3 storage classes as the inspector shows them, coldest last. */
export const STORAGE_CLASSES = [
  'Standard',
  'Intelligent-Tiering',
  'Standard-IA',
  'One Zone-IA',
  'Glacier Instant Retrieval',
  'Glacier Flexible Retrieval',
  'Deep Archive',
] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

/** Lifecycle can move objects to every class but Standard. */
export const TRANSITION_CLASSES = ['Intelligent-Tiering', 'Standard-IA', 'One Zone-IA', 'Glacier Instant Retrieval', 'Glacier Flexible Retrieval', 'Deep Archive'] as const;

const INFREQUENT: readonly StorageClass[] = ['Standard-IA', 'One Zone-IA'];
const ARCHIVE: readonly StorageClass[] = ['Glacier Flexible Retrieval', 'Deep Archive'];

/**
 * Whether S3 Lifecycle supports a transition (the waterfall of the S3 user guide): Standard to
 * anything; anything to Glacier Flexible Retrieval or Deep Archive; Standard-IA to
 * Intelligent-Tiering, One Zone-IA or Glacier Instant Retrieval; Intelligent-Tiering to One Zone-IA;
 * Glacier Flexible Retrieval only to Deep Archive; nothing out of Deep Archive.
 */
export function canTransition(from: StorageClass, to: StorageClass): boolean {
  if (from === to || to === 'Standard' || from === 'Deep Archive') return false;
  if (from === 'Standard') return true;
  if (from === 'Glacier Flexible Retrieval') return to === 'Deep Archive';
  if (ARCHIVE.includes(to)) return true;
  if (from === 'Standard-IA') return ['Intelligent-Tiering', 'One Zone-IA', 'Glacier Instant Retrieval'].includes(to);
  if (from === 'Intelligent-Tiering') return to === 'One Zone-IA';
  return false;
}

export const TagSchema = z.object({
  key: z.string().min(1).max(L.tagKeyMaxLength.value).default('owner').meta({ title: 'Key', description: `1–${L.tagKeyMaxLength.value} characters.` }),
  value: z.string().max(L.tagValueMaxLength.value).default('').meta({ title: 'Value', description: `Up to ${L.tagValueMaxLength.value} characters.` }),
});

const TransitionSchema = z.object({
  days: z.number().int().min(0).default(30).meta({ title: 'After', unit: 'days', description: `Days after creation. Standard-IA and One Zone-IA need at least ${L.transitionToInfrequentAccessMinDays.value}.` }),
  storageClass: z.enum(TRANSITION_CLASSES).default('Standard-IA').meta({ title: 'Move to' }),
});

const optionalDays = (title: string, description: string) => z.number().int().min(1).nullable().default(null).meta({ title, unit: 'days', description });

export const LifecycleRuleSchema = z
  .object({
    id: z.string().min(1).max(L.lifecycleRuleIdMaxLength.value).default('rule').meta({ title: 'Rule id', description: `Unique within the bucket, up to ${L.lifecycleRuleIdMaxLength.value} characters.` }),
    enabled: z.boolean().default(true).meta({ title: 'Enabled' }),
    prefix: z.string().max(L.objectKeyMaxBytes.value).default('').meta({ title: 'Filter: prefix', description: 'Only objects whose key starts with this (e.g. raw/). Empty: every object.' }),
    tags: z.array(TagSchema).default([]).meta({ title: 'Filter: tags', description: 'Only objects carrying all these tags.' }),
    transitions: z.array(TransitionSchema).default([]).meta({ title: 'Transitions', description: 'Storage class changes, in order of days.' }),
    expirationDays: optionalDays('Expire after', 'Delete current versions this many days after creation. Empty: never.'),
    noncurrentVersionExpirationDays: optionalDays('Delete old versions after', 'With versioning: delete a version this many days after it became noncurrent. Empty: keep.'),
    abortIncompleteMultipartUploadDays: z
      .number()
      .int()
      .min(1)
      .nullable()
      .default(7)
      .meta({ title: 'Abort incomplete uploads after', unit: 'days', description: 'Remove the parts of multipart uploads never completed. Empty: keep them (they are billed).' }),
  })
  .superRefine((rule, ctx) => {
    if (rule.transitions.length === 0 && rule.expirationDays === null && rule.noncurrentVersionExpirationDays === null && rule.abortIncompleteMultipartUploadDays === null) {
      ctx.addIssue({ code: 'custom', path: ['transitions'], message: 'A lifecycle rule needs at least one action: a transition, an expiration or an upload abort' });
    }
    const ordered = [...rule.transitions].sort((a, b) => a.days - b.days);
    ordered.forEach((t, i) => {
      const at = ['transitions', rule.transitions.indexOf(t), 'days'];
      const min = L.transitionToInfrequentAccessMinDays.value;
      if (INFREQUENT.includes(t.storageClass) && t.days < min) ctx.addIssue({ code: 'custom', path: at, message: `Transitions to ${t.storageClass} need at least ${min} days` });
      const previous = ordered[i - 1];
      if (!previous) return;
      if (previous.days === t.days) ctx.addIssue({ code: 'custom', path: at, message: `Two transitions on day ${t.days}` });
      else if (!canTransition(previous.storageClass, t.storageClass)) ctx.addIssue({ code: 'custom', path: at, message: `S3 Lifecycle cannot move objects from ${previous.storageClass} to ${t.storageClass}` });
      const gap = L.infrequentAccessToArchiveMinGapDays.value;
      if (INFREQUENT.includes(previous.storageClass) && ARCHIVE.includes(t.storageClass) && t.days - previous.days < gap) {
        ctx.addIssue({ code: 'custom', path: at, message: `${t.storageClass} must come at least ${gap} days after ${previous.storageClass} in one rule` });
      }
    });
    const last = ordered.at(-1);
    if (last && rule.expirationDays !== null && rule.expirationDays <= last.days) {
      ctx.addIssue({ code: 'custom', path: ['expirationDays'], message: `Expiration must come after the last transition (day ${last.days})` });
    }
  });

export type LifecycleRule = z.infer<typeof LifecycleRuleSchema>;
