import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSKeyManagementService.svg?raw';
import { KMS_LIMITS_TABLE as L } from '../limits/kms';
import { defineKind } from '../types';

/** Key specs of CloudFormation's AWS::KMS::Key. Data stores encrypt with SYMMETRIC_DEFAULT keys only. */
const KEY_SPECS = [
  'SYMMETRIC_DEFAULT', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1',
  'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ECC_NIST_EDWARDS25519',
] as const;

/** What is wrong with a KMS alias name, or nothing (CloudFormation AWS::KMS::Alias rules). */
export function aliasProblem(alias: string): string | undefined {
  if (alias.length > L.aliasMaxLength.value) return `must be at most ${L.aliasMaxLength.value} characters`;
  if (!/^alias\/[a-zA-Z0-9:/_-]+$/.test(alias)) return 'must be "alias/" followed by letters, digits, /, _, - or :';
  if (alias.startsWith('alias/aws/')) return 'must not start with "alias/aws/" (reserved for AWS managed keys)';
  return undefined;
}

/** AWS KMS customer managed key, connected by metadata edges to the stores that encrypt with it. */
export const kmsKey = defineKind({
  id: 'kms-key',
  title: 'AWS KMS key',
  shortTitle: 'KMS key',
  category: 'security-and-network',
  summary: 'Customer managed key for SSE-KMS encryption of stores and streams.',
  help:
    'A customer managed key: connect it to the buckets, streams, tables, warehouses and jobs that encrypt with it (S3 SSE-KMS, Kinesis ' +
    'server-side encryption, Firehose, Kinesis Video Streams, Redshift, RDS, DynamoDB, OpenSearch, ElastiCache, SageMaker volumes, Glue security ' +
    'configurations). Unlike ' +
    'AWS managed keys, you control its key policy, see every use in CloudTrail, and can disable it. Storage services use symmetric ' +
    `(SYMMETRIC_DEFAULT) keys only. Turn on automatic rotation (every ${L.rotationPeriodMinDays.value}–${L.rotationPeriodMaxDays.value} days, ` +
    `default ${L.rotationPeriodDefaultDays.value}). A deleted key is unrecoverable after its ${L.pendingWindowMinDays.value}–${L.pendingWindowMaxDays.value}-day waiting period, and so is the data it encrypted. ` +
    'Every encrypt and decrypt is a billed KMS request; S3 Bucket Keys reduce them.',
  icon,
  config: z
    .object({
      keySpec: z.enum(KEY_SPECS).default('SYMMETRIC_DEFAULT').meta({ title: 'Key spec', description: 'SYMMETRIC_DEFAULT (AES-256) for encrypting data; the others are for signing, MACs or key agreement.' }),
      alias: z
        .string()
        .default('alias/data-lake')
        .superRefine((alias, ctx) => {
          const problem = alias === '' ? undefined : aliasProblem(alias);
          if (problem) ctx.addIssue({ code: 'custom', message: `Alias ${problem}` });
        })
        .meta({ title: 'Alias', description: 'Friendly name, e.g. alias/data-lake. Empty: no alias.' }),
      rotationEnabled: z.boolean().default(true).meta({ title: 'Automatic rotation', description: 'New key material on a schedule; old material still decrypts. Symmetric keys only.' }),
      rotationPeriodDays: z
        .number()
        .int()
        .min(L.rotationPeriodMinDays.value)
        .max(L.rotationPeriodMaxDays.value)
        .default(L.rotationPeriodDefaultDays.value)
        .meta({ title: 'Rotation period', unit: 'days', description: `${L.rotationPeriodMinDays.value}–${L.rotationPeriodMaxDays.value} days.` }),
      multiRegion: z.boolean().default(false).meta({ title: 'Multi-Region', description: 'A primary key that can be replicated to other Regions (cannot be changed later).' }),
      pendingWindowDays: z
        .number()
        .int()
        .min(L.pendingWindowMinDays.value)
        .max(L.pendingWindowMaxDays.value)
        .default(L.pendingWindowDefaultDays.value)
        .meta({ title: 'Deletion waiting period', unit: 'days', description: `Days before a removed key is deleted (${L.pendingWindowMinDays.value}–${L.pendingWindowMaxDays.value}).` }),
    })
    .superRefine((config, ctx) => {
      if (config.rotationEnabled && config.keySpec !== 'SYMMETRIC_DEFAULT') {
        ctx.addIssue({ code: 'custom', path: ['keySpec'], message: 'Automatic rotation needs a symmetric key (SYMMETRIC_DEFAULT)' });
      }
    }),
  inputs: [],
  outputs: [
    {
      id: 'key',
      label: 'Key',
      edgeKind: 'metadata',
      only: ['s3-bucket', 'kinesis-data-stream', 'kinesis-firehose', 'kinesis-video-stream', 'redshift', 'rds', 'dynamodb-table', 'opensearch', 'elasticache', 'sagemaker', 'glue-etl-job'],
    },
  ],
});
