import type { ConfigOf } from '../../../../shared/catalog/registry';

/** Tag keys that classify data, compared without case or separators (Classification, data-classification, Sensitivity…). */
const CLASSIFICATION_KEYS = new Set(['classification', 'dataclassification', 'sensitivity', 'confidentiality']);
/** Classification values that mark data as sensitive, lower case. */
const SENSITIVE_VALUES = new Set(['phi', 'pii', 'pci', 'confidential', 'restricted', 'sensitive', 'secret']);

type Tags = ConfigOf<'s3-bucket'>['tags'];

const normalKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A tag Classification=PHI, in any case: personal health information (domain notes 4.4). */
export function holdsPhi(tags: Tags): boolean {
  return tags.some((t) => t.key.trim().toLowerCase() === 'classification' && t.value.trim().toLowerCase() === 'phi');
}

/** The tag that classifies the bucket's data as sensitive (e.g. Classification=PII), if any. */
export function sensitiveTag(tags: Tags): Tags[number] | undefined {
  return tags.find((t) => CLASSIFICATION_KEYS.has(normalKey(t.key)) && SENSITIVE_VALUES.has(t.value.trim().toLowerCase()));
}
