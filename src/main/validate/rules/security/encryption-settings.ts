import type { ConfigOf, KindId } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';

/**
 * Where each kind that stores data declares its encryption at rest, as one table for the rules
 * that read it (PW602 unencrypted, PW614 key connected but unused, PW615 customer key missing).
 * Not a rule: the family's index lists the rules.
 */
export interface EncryptionSetting {
  readonly kind: KindId;
  /** The setting's key in the node's config. */
  readonly key: string;
  /** The value that leaves data unencrypted, the value that encrypts it with an AWS key, and what the message says; absent when the kind is always encrypted. */
  readonly unencrypted?: { readonly value: unknown; readonly fix: unknown; readonly fixLabel: string; readonly message: string };
  /** The value that makes the node use the connected KMS key; absent when the kind takes no key. */
  readonly customerKey?: { readonly value: unknown; readonly fixLabel: string };
  /** True when the customer key value means nothing without a connected key (no ARN setting to fall back on). */
  readonly customerKeyNeedsNode?: boolean;
  /** PW601 reports the unencrypted value of buckets: the other rules leave it to that code. */
  readonly unencryptedReportedElsewhere?: boolean;
  /** The setting's current value; undefined when the node's settings are invalid or the setting does not apply (e.g. Memcached). */
  read(node: PipelineNode, ctx: RuleContext): unknown;
}

function setting<K extends KindId, P extends keyof ConfigOf<K> & string>(entry: {
  kind: K;
  key: P;
  unencrypted?: { value: ConfigOf<K>[P]; fix: ConfigOf<K>[P]; fixLabel: string; message: string };
  customerKey?: { value: ConfigOf<K>[P]; fixLabel: string };
  customerKeyNeedsNode?: boolean;
  unencryptedReportedElsewhere?: boolean;
  appliesTo?: (config: ConfigOf<K>) => boolean;
}): EncryptionSetting {
  const { appliesTo, ...rest } = entry;
  return {
    ...rest,
    read(node, ctx) {
      const config = ctx.configOf(node, entry.kind);
      if (!config || (appliesTo && !appliesTo(config))) return undefined;
      return config[entry.key];
    },
  };
}

/**
 * DynamoDB tables and Kinesis video streams are always encrypted at rest (they have no unencrypted
 * value), so only their key settings appear. Firehose, SageMaker and Glue jobs have no encryption
 * setting: a connected key is their setting (see PW612 for Firehose).
 */
export const ENCRYPTION_SETTINGS: readonly EncryptionSetting[] = [
  setting({
    kind: 's3-bucket',
    key: 'encryption',
    unencrypted: { value: 'none', fix: 'SSE-S3', fixLabel: 'Use SSE-S3', message: 'no default encryption declared' },
    customerKey: { value: 'SSE-KMS', fixLabel: 'Use SSE-KMS with the connected key' },
    unencryptedReportedElsewhere: true,
  }),
  setting({
    kind: 'kinesis-data-stream',
    key: 'encryption',
    unencrypted: { value: 'none', fix: 'KMS', fixLabel: 'Turn on server-side encryption (KMS)', message: 'server-side encryption is off: records stay unencrypted in the stream for its whole retention' },
    customerKey: { value: 'KMS', fixLabel: 'Turn on server-side encryption with the connected key' },
  }),
  setting({
    kind: 'redshift',
    key: 'encryption',
    unencrypted: { value: 'none', fix: 'AWS-managed key', fixLabel: 'Encrypt with the AWS managed key', message: 'encryption at rest is off: the warehouse, its backups and snapshots are unencrypted' },
    customerKey: { value: 'KMS key', fixLabel: 'Encrypt with the connected KMS key' },
    customerKeyNeedsNode: true,
  }),
  setting({
    kind: 'rds',
    key: 'storageEncrypted',
    unencrypted: { value: false, fix: true, fixLabel: 'Turn on encryption at rest', message: 'encryption at rest is off: storage, backups, snapshots and replicas are unencrypted, and it can only be turned on when the database is created' },
    customerKey: { value: true, fixLabel: 'Encrypt with the connected KMS key' },
  }),
  setting({
    kind: 'opensearch',
    key: 'encryptionAtRest',
    unencrypted: { value: false, fix: true, fixLabel: 'Turn on encryption at rest', message: 'encryption at rest is off: indices, logs and snapshots are unencrypted' },
    customerKey: { value: true, fixLabel: 'Encrypt with the connected KMS key' },
  }),
  setting({
    kind: 'elasticache',
    key: 'encryptionAtRest',
    unencrypted: { value: false, fix: true, fixLabel: 'Turn on encryption at rest', message: 'encryption at rest is off: backups and data swapped to disk are unencrypted' },
    customerKey: { value: true, fixLabel: 'Encrypt with the connected KMS key' },
    // Node-based Memcached clusters keep nothing on disk and have no encryption at rest.
    appliesTo: (config) => config.engine !== 'Memcached',
  }),
  setting({
    kind: 'dynamodb-table',
    key: 'encryption',
    customerKey: { value: 'customer managed key', fixLabel: 'Encrypt with the connected key' },
    customerKeyNeedsNode: true,
  }),
  setting({
    kind: 'kinesis-video-stream',
    key: 'encryption',
    customerKey: { value: 'customer managed key', fixLabel: 'Encrypt with the connected key' },
    customerKeyNeedsNode: true,
  }),
  setting({
    kind: 'athena',
    key: 'resultEncryption',
    unencrypted: { value: 'none', fix: 'SSE_S3', fixLabel: 'Encrypt results with SSE-S3', message: 'query results are written to S3 unencrypted (result encryption is none)' },
  }),
];

const BY_KIND = new Map<string, EncryptionSetting>(ENCRYPTION_SETTINGS.map((s) => [s.kind, s]));

/** The encryption-at-rest setting of a node's kind, if it has one. */
export function encryptionSettingOf(node: PipelineNode): EncryptionSetting | undefined {
  return BY_KIND.get(node.kind);
}
