import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?raw';
import { S3_LIMITS_TABLE as L } from '../limits/s3';
import { canTransition, LifecycleRuleSchema, STORAGE_CLASSES, TagSchema } from '../s3-lifecycle';
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

/** How object keys are laid out, so that queries can prune partitions (Athena, Spectrum, Glue). */
const PartitioningSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('none') }).meta({ title: 'None' }),
  z.object({ scheme: z.literal('year/month/day/hour') }).meta({ title: 'By time (yyyy/MM/dd/HH)' }),
  z
    .object({
      scheme: z.literal('by device'),
      deviceAttribute: z.string().min(1).default('device_id').meta({ title: 'Device attribute', description: 'Record field naming the device: keys become <device>/yyyy/MM/dd/.' }),
    })
    .meta({ title: 'By device, then time' }),
  z
    .object({
      scheme: z.literal('custom'),
      expression: z.string().min(1).max(L.objectKeyMaxBytes.value).default('dataset/region={region}/{yyyy}/{MM}/{dd}/').meta({ title: 'Key template', description: 'Prefix template with {record fields} and {yyyy} {MM} {dd} {HH}.' }),
    })
    .meta({ title: 'Custom' }),
]);

/** Amazon S3 general purpose bucket. */
export const s3Bucket = defineKind({
  id: 's3-bucket',
  title: 'Amazon S3 bucket',
  shortTitle: 'S3 bucket',
  category: 'storage',
  summary: 'Object storage: the data lake, staging area and archive.',
  help:
    'A general purpose bucket: the landing zone of most pipelines, the data lake that Athena, Redshift Spectrum, EMR and SageMaker read, and the staging area of Firehose deliveries to Redshift. ' +
    'Encrypt at rest (SSE-S3; SSE-KMS for key control and audit; SSE-C when clients bring their own keys), keep public access blocked and deny non-TLS requests. ' +
    `Lifecycle rules (up to ${L.lifecycleRulesMax.value}) move objects down the storage-class waterfall and expire them: Standard-IA and One Zone-IA only after ${L.transitionToInfrequentAccessMinDays.value} days, ` +
    `and every colder class bills a minimum duration (${L.minStorageDaysInfrequentAccess.value} days IA, ${L.minStorageDaysGlacier.value} days Glacier, ${L.minStorageDaysDeepArchive.value} days Deep Archive), so expiring earlier costs more than it saves. ` +
    `Each partitioned prefix sustains about ${L.putRequestsPerSecondPerPrefix.value} writes and ${L.getRequestsPerSecondPerPrefix.value} reads per second.`,
  icon,
  config: z
    .object({
      bucketName: z
        .string()
        .default('')
        .superRefine((name, ctx) => {
          const problem = name === '' ? undefined : bucketNameProblem(name);
          if (problem) ctx.addIssue({ code: 'custom', message: `Bucket name ${problem}` });
        })
        .meta({ title: 'Bucket name', description: 'Globally unique. Leave empty to let CloudFormation generate one.' }),
      encryption: z
        .enum(['none', 'SSE-S3', 'SSE-KMS', 'SSE-C'])
        .default('SSE-S3')
        .meta({
          title: 'Default encryption',
          description:
            'SSE-S3: keys managed by S3. SSE-KMS: a KMS key you control and audit. SSE-C: clients send their own key with every request and S3 keeps none (uploads without one still get SSE-S3). none: no default encryption declared.',
        }),
      kmsKeyArn: z
        .string()
        .default('')
        .refine((arn) => arn === '' || /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(arn), 'Expected a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/…')
        .meta({ title: 'KMS key ARN', description: 'With SSE-KMS: the key to use (or connect a KMS key node). Empty: the AWS managed key aws/s3.' }),
      bucketKeyEnabled: z.boolean().default(true).meta({ title: 'S3 Bucket Key', description: 'With SSE-KMS: fewer KMS requests, lower KMS cost.' }),
      versioning: z.boolean().default(false).meta({ title: 'Versioning', description: 'Keep every version of every object.' }),
      blockPublicAccess: z.boolean().default(true).meta({ title: 'Block public access', description: 'All four public access block settings on.' }),
      storageClass: z
        .enum(STORAGE_CLASSES)
        .default('Standard')
        .meta({ title: 'Storage class of new objects', description: 'The class writers put objects in (chosen per request: S3 has no bucket-wide default, and Firehose writes Standard). Lifecycle transitions start from it.' }),
      lifecycleRules: z
        .array(LifecycleRuleSchema)
        .max(L.lifecycleRulesMax.value)
        .default([])
        .meta({ title: 'Lifecycle rules', description: `Transitions and expirations by prefix and tags (at most ${L.lifecycleRulesMax.value} rules).` }),
      denyInsecureTransport: z.boolean().default(true).meta({ title: 'Deny non-TLS requests', description: 'Bucket policy denying any request made without TLS (aws:SecureTransport = false).' }),
      denyUnencryptedUploads: z
        .boolean()
        .default(false)
        .meta({ title: 'Deny unencrypted uploads', description: 'Bucket policy denying PutObject without the encryption header of the chosen method. Policies are evaluated before default encryption, so writers must send the header.' }),
      objectLock: z
        .object({
          enabled: z.boolean().default(false).meta({ title: 'Object Lock', description: 'Write once, read many: locked versions cannot be deleted or overwritten. Requires versioning; set at creation.' }),
          mode: z.enum(['GOVERNANCE', 'COMPLIANCE']).default('GOVERNANCE').meta({ title: 'Mode', description: 'GOVERNANCE: users with a special permission may bypass it. COMPLIANCE: nobody can, not even the root user.' }),
          retentionDays: z.number().int().min(1).default(30).meta({ title: 'Default retention', unit: 'days' }),
        })
        .default({ enabled: false, mode: 'GOVERNANCE', retentionDays: 30 })
        .meta({ title: 'Object Lock' }),
      tags: z
        .array(TagSchema)
        .max(L.bucketTagsMax.value)
        .default([])
        .refine((tags) => new Set(tags.map((t) => t.key)).size === tags.length, 'Tag keys must be unique')
        .meta({ title: 'Tags', description: `Cost allocation tags on the bucket (at most ${L.bucketTagsMax.value}).` }),
      partitioning: PartitioningSchema.default({ scheme: 'year/month/day/hour' }).meta({ title: 'Partitioning', description: 'How keys are laid out. Match it to how the data is queried (by time, by device…).' }),
      accessLogging: z.boolean().default(false).meta({ title: 'Server access logging', description: 'Log every request to another bucket (for audit).' }),
      readsPerDay: z.number().min(0).default(1_000).meta({ title: 'Reads', unit: 'requests/day', description: 'GET requests expected per day by readers the simulation does not hand objects to (Athena queries, people, tools); reads by connected jobs, functions and loads are counted by the simulation. The cost rules weigh storage classes against it.' }),
    })
    .superRefine((config, ctx) => {
      if (config.objectLock.enabled && !config.versioning) ctx.addIssue({ code: 'custom', path: ['objectLock', 'enabled'], message: 'Object Lock requires versioning' });
      config.lifecycleRules.forEach((rule, i) => {
        if (config.lifecycleRules.findIndex((r) => r.id === rule.id) < i) ctx.addIssue({ code: 'custom', path: ['lifecycleRules', i, 'id'], message: `Two lifecycle rules are named "${rule.id}"` });
        const first = [...rule.transitions].sort((a, b) => a.days - b.days)[0];
        if (first && !canTransition(config.storageClass, first.storageClass)) {
          const at = rule.transitions.indexOf(first);
          ctx.addIssue({ code: 'custom', path: ['lifecycleRules', i, 'transitions', at, 'storageClass'], message: `S3 Lifecycle cannot move objects from ${config.storageClass} to ${first.storageClass}` });
        }
      });
    }),
  inputs: [
    {
      id: 'objects',
      label: 'Objects',
      edgeKind: 'data',
      accepts: {
        'kinesis-firehose': 'Firehose delivery to S3 (also the staging or backup bucket of other destinations)',
        'iot-core': 'IoT rule S3 action',
        'rekognition-video': 'Stream processor results (label detection)',
        dms: 'DMS S3 target endpoint',
        datasync: 'DataSync S3 destination location',
        'glue-etl-job': 'Glue ETL S3 sink',
        'emr-cluster': 'EMRFS writes (s3://)',
        'batch-job': 'Batch job writes (S3 API)',
        lambda: 'PutObject from a function',
        sagemaker: 'SageMaker output (model artifacts, processing and batch transform output)',
        'vpc-endpoint': 'Writes through an S3 gateway endpoint',
        redshift: 'Redshift UNLOAD',
        athena: 'Athena query results (and CTAS / UNLOAD output)',
        'data-pipeline': 'Data Pipeline S3DataNode output',
      },
    },
    {
      id: 'key',
      label: 'KMS key',
      edgeKind: 'metadata',
      accepts: { 'kms-key': 'SSE-KMS default encryption key' },
      max: 1,
      maxReason: 'default encryption uses one KMS key',
    },
  ],
  outputs: [{ id: 'data', label: 'Objects (read)', edgeKind: 'data' }],
});
