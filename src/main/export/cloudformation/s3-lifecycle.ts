import type { LifecycleRule, StorageClass } from '../../../shared/catalog/s3-lifecycle';
import type { TemplateValue } from './template';

/** CloudFormation's names for the storage classes a lifecycle rule can move objects to. */
const CFN_STORAGE_CLASS: Record<Exclude<StorageClass, 'Standard'>, string> = {
  'Intelligent-Tiering': 'INTELLIGENT_TIERING',
  'Standard-IA': 'STANDARD_IA',
  'One Zone-IA': 'ONEZONE_IA',
  'Glacier Instant Retrieval': 'GLACIER_IR',
  'Glacier Flexible Retrieval': 'GLACIER',
  'Deep Archive': 'DEEP_ARCHIVE',
};

/** One lifecycle rule as AWS::S3::Bucket's LifecycleConfiguration.Rules item. */
function lifecycleRule(rule: LifecycleRule): TemplateValue {
  const out: Record<string, TemplateValue> = { Id: rule.id, Status: rule.enabled ? 'Enabled' : 'Disabled' };
  if (rule.prefix !== '') out.Prefix = rule.prefix;
  if (rule.tags.length > 0) out.TagFilters = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
  if (rule.transitions.length > 0) {
    out.Transitions = [...rule.transitions].sort((a, b) => a.days - b.days).map((t) => ({ StorageClass: CFN_STORAGE_CLASS[t.storageClass], TransitionInDays: t.days }));
  }
  if (rule.expirationDays !== null) out.ExpirationInDays = rule.expirationDays;
  if (rule.noncurrentVersionExpirationDays !== null) out.NoncurrentVersionExpiration = { NoncurrentDays: rule.noncurrentVersionExpirationDays };
  if (rule.abortIncompleteMultipartUploadDays !== null) out.AbortIncompleteMultipartUpload = { DaysAfterInitiation: rule.abortIncompleteMultipartUploadDays };
  return out;
}

export function lifecycleConfiguration(rules: readonly LifecycleRule[]): TemplateValue | undefined {
  return rules.length === 0 ? undefined : { Rules: rules.map(lifecycleRule) };
}
