import type { LifecycleRule, StorageClass } from '../../../../shared/catalog/s3-lifecycle';
import type { TemplateValue } from '../template';

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

const STORAGE_CLASS_OF_CFN = new Map(Object.entries(CFN_STORAGE_CLASS).map(([setting, cfn]) => [cfn, setting as Exclude<StorageClass, 'Standard'>]));

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const int = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

/** One LifecycleConfiguration.Rules item read back as a rule; what is not plain data is left at its default. */
function lifecycleRuleFromCfn(item: unknown): Partial<LifecycleRule> {
  const cfn = record(item);
  const rule: Partial<LifecycleRule> = {};
  if (typeof cfn.Id === 'string') rule.id = cfn.Id;
  if (cfn.Status === 'Enabled' || cfn.Status === 'Disabled') rule.enabled = cfn.Status === 'Enabled';
  if (typeof cfn.Prefix === 'string') rule.prefix = cfn.Prefix;
  if (Array.isArray(cfn.TagFilters)) {
    rule.tags = cfn.TagFilters.map(record).filter((t) => typeof t.Key === 'string' && typeof t.Value === 'string').map((t) => ({ key: t.Key as string, value: t.Value as string }));
  }
  const transitions = Array.isArray(cfn.Transitions) ? cfn.Transitions : [];
  rule.transitions = transitions
    .map(record)
    .filter((t) => int(t.TransitionInDays) !== undefined && STORAGE_CLASS_OF_CFN.has(String(t.StorageClass)))
    .map((t) => ({ days: t.TransitionInDays as number, storageClass: STORAGE_CLASS_OF_CFN.get(String(t.StorageClass))! }));
  // Absent actions are off: the export writes each one only when it is set.
  rule.expirationDays = int(cfn.ExpirationInDays) ?? null;
  rule.noncurrentVersionExpirationDays = int(record(cfn.NoncurrentVersionExpiration).NoncurrentDays) ?? null;
  rule.abortIncompleteMultipartUploadDays = int(record(cfn.AbortIncompleteMultipartUpload).DaysAfterInitiation) ?? null;
  return rule;
}

/** The inverse of `lifecycleConfiguration`: the rules of a LifecycleConfiguration (none when it is absent). */
export function lifecycleRulesFromCfn(configuration: unknown): Partial<LifecycleRule>[] {
  const rules = record(configuration).Rules;
  return Array.isArray(rules) ? rules.map(lifecycleRuleFromCfn) : [];
}
