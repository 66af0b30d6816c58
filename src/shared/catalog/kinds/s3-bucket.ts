import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?raw';
import { S3_LIMITS_TABLE as L } from '../limits/s3';
import { defineKind } from '../types';

/** The general purpose bucket naming rules of the S3 user guide; returns what is wrong, or nothing. */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < L.bucketNameMinLength.value || name.length > L.bucketNameMaxLength.value) {
    return `must be ${L.bucketNameMinLength.value}–${L.bucketNameMaxLength.value} characters long`;
  }
  if (!/^[a-z0-9.-]+$/.test(name)) return 'may contain only lowercase letters, numbers, dots and hyphens';
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return 'must begin and end with a letter or number';
  if (name.includes('..')) return 'must not contain two adjacent dots';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'must not be formatted as an IP address';
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) if (name.startsWith(prefix)) return `must not start with "${prefix}"`;
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3']) if (name.endsWith(suffix)) return `must not end with "${suffix}"`;
  return undefined;
}

/** Amazon S3 general purpose bucket. */
export const s3Bucket = defineKind({
  id: 's3-bucket',
  title: 'Amazon S3 bucket',
  shortTitle: 'S3 bucket',
  category: 'storage',
  summary: 'Object storage: the data lake, staging area and archive.',
  help:
    'A general purpose bucket. Objects delivered here are stored until deleted; the bucket is the landing zone of most pipelines. ' +
    'Encrypt at rest (SSE-S3, or SSE-KMS for key control and audit) and keep public access blocked.',
  icon,
  config: z.object({
    bucketName: z
      .string()
      .default('')
      .superRefine((name, ctx) => {
        const problem = name === '' ? undefined : bucketNameProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: `Bucket name ${problem}` });
      })
      .meta({ title: 'Bucket name', description: 'Globally unique. Leave empty to let CloudFormation generate one.' }),
    encryption: z
      .enum(['none', 'SSE-S3', 'SSE-KMS'])
      .default('SSE-S3')
      .meta({ title: 'Default encryption', description: 'SSE-S3: keys managed by S3. SSE-KMS: a KMS key you control and audit. none: no default encryption declared.' }),
    kmsKeyArn: z
      .string()
      .default('')
      .refine((arn) => arn === '' || /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(arn), 'Expected a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/…')
      .meta({ title: 'KMS key ARN', description: 'With SSE-KMS: the key to use. Empty: the AWS managed key aws/s3.' }),
    bucketKeyEnabled: z.boolean().default(true).meta({ title: 'S3 Bucket Key', description: 'With SSE-KMS: fewer KMS requests, lower KMS cost.' }),
    versioning: z.boolean().default(false).meta({ title: 'Versioning', description: 'Keep every version of every object.' }),
    blockPublicAccess: z.boolean().default(true).meta({ title: 'Block public access', description: 'All four public access block settings on.' }),
  }),
  inputs: [
    {
      id: 'objects',
      label: 'Objects',
      edgeKind: 'data',
      accepts: { 'kinesis-firehose': 'Firehose delivery to S3' },
    },
  ],
  outputs: [],
});
