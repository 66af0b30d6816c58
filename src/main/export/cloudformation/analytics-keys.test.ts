import { afterAll, describe, expect, it } from 'vitest';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { KMS_KEY_ARN } from '../../../../test/fixtures/pipelines';
import { cloudFormationYaml, toCloudFormation } from './index';
import { analytics, arn, LAKE_READ, notes, objects, TAGS, type Options } from './testing/analytics-pipeline';
import { readBack, statementsOf } from './testing/read-back';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';

describe('data-pipeline → an inactive AWS::DataPipeline::Pipeline and its two roles', () => {
  const template = toCloudFormation(analytics());
  const pipelineObjects = template.Resources.LegacyCopy?.Properties.PipelineObjects as { Id: string; Fields: unknown[] }[];
  const objectById = (id: string) => pipelineObjects.find((o) => o.Id === id);

  it('writes the schedule, resources, S3 data nodes and activities in their order', () => {
    expect(template.Resources.LegacyCopy?.Properties).toMatchObject({ Name: 'Legacy copy', Activate: false, PipelineTags: TAGS });
    expect(pipelineObjects.map((o) => o.Id)).toEqual(['Default', 'DefaultSchedule', 'Ec2Resource', 'EmrCluster', 'S3Input1', 'S3Output1', 'Activity-Copy', 'Activity-Summarize']);
    expect(objectById('Default')?.Fields).toEqual([
      { Key: 'type', StringValue: 'Default' },
      { Key: 'scheduleType', StringValue: 'cron' },
      { Key: 'failureAndRerunMode', StringValue: 'CASCADE' },
      { Key: 'role', StringValue: { Ref: 'LegacyCopyPipelineRole' } },
      { Key: 'resourceRole', StringValue: { Ref: 'LegacyCopyResourceRole' } },
      { Key: 'schedule', RefValue: 'DefaultSchedule' },
    ]);
    expect(objectById('Activity-Copy')?.Fields).toEqual([
      { Key: 'type', StringValue: 'CopyActivity' },
      { Key: 'runsOn', RefValue: 'Ec2Resource' },
      { Key: 'input', RefValue: 'S3Input1' },
    ]);
    expect(objectById('Activity-Summarize')?.Fields).toEqual([
      { Key: 'type', StringValue: 'HiveActivity' },
      { Key: 'runsOn', RefValue: 'EmrCluster' },
      { Key: 'dependsOn', RefValue: 'Activity-Copy' },
      { Key: 'output', RefValue: 'S3Output1' },
    ]);
    expect(notes(analytics())).toContain('closed to new customers');
  });

  it('lets its instances read the input and write the output bucket; EMR may assume the pipeline role', () => {
    expect(statementsOf(template.Resources.LegacyCopyResourceRole)).toEqual([
      ...LAKE_READ,
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [arn('Archive')] },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: [objects('Archive')] },
    ]);
    expect(template.Resources.LegacyCopyPipelineRole?.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: ['datapipeline.amazonaws.com', 'elasticmapreduce.amazonaws.com'] } }],
    });
    expect(template.Resources.LegacyCopyInstanceProfile?.Properties).toEqual({ InstanceProfileName: { Ref: 'LegacyCopyResourceRole' }, Roles: [{ Ref: 'LegacyCopyResourceRole' }] });
  });

  it('reads its settings back from the template', () => {
    const { read, expected, refused } = readBack(analytics(), 'dp', ['scheduleType', 'period', 'activities']);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('kms-key → a retained AWS::KMS::Key and its alias', () => {
  it('rotates a symmetric key, keeps the default key policy and names the alias by a parameter', () => {
    const template = toCloudFormation(analytics({ key: { rotationPeriodDays: 180, pendingWindowDays: 14 } }));
    expect(template.Resources.WarehouseKey).toEqual({
      Type: 'AWS::KMS::Key',
      Properties: {
        Description: 'Pipewright key "Warehouse key"',
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'EnableIamPolicies', Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } }, Action: 'kms:*', Resource: '*' }],
        },
        MultiRegion: false,
        PendingWindowInDays: 14,
        Tags: TAGS,
        EnableKeyRotation: true,
        RotationPeriodInDays: 180,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(template.Resources.WarehouseKeyAlias?.Properties).toEqual({ AliasName: { Ref: 'WarehouseKeyAliasName' }, TargetKeyId: { Ref: 'WarehouseKey' } });
    expect(template.Parameters?.WarehouseKeyAliasName).toMatchObject({ Default: 'alias/data-lake' });
  });

  it.each([
    ['HMAC_256', 'GENERATE_VERIFY_MAC', false],
    ['RSA_2048', 'SIGN_VERIFY', true],
    ['ECC_NIST_P256', 'SIGN_VERIFY', false],
  ] as const)('gives a %s key the usage %s and no rotation', (keySpec, usage, noted) => {
    const pipeline = analytics({ key: { keySpec, rotationEnabled: false, alias: '' }, warehouse: { encryption: 'AWS-managed key' } });
    const key = toCloudFormation(pipeline).Resources.WarehouseKey?.Properties;
    expect(key).toMatchObject({ KeySpec: keySpec, KeyUsage: usage });
    expect(key).not.toHaveProperty('EnableKeyRotation');
    expect(toCloudFormation(pipeline).Resources).not.toHaveProperty('WarehouseKeyAlias');
    expect(notes(pipeline).includes(`${keySpec} is exported for signing`)).toBe(noted);
  });

  it('reads its settings back from the template', () => {
    const keys = ['keySpec', 'alias', 'rotationEnabled', 'rotationPeriodDays', 'multiRegion', 'pendingWindowDays'];
    const variants: Partial<ConfigOf<'kms-key'>>[] = [
      { rotationPeriodDays: 180, pendingWindowDays: 14, multiRegion: true, alias: 'alias/lake/warehouse' },
      { rotationEnabled: false, alias: '' },
    ];
    for (const key of variants) {
      const { read, expected, refused } = readBack(analytics({ key }), 'key', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
  });
});

describe('analytics templates pass both validators', () => {
  const folder = templateFolder();
  afterAll(() => {
    freeCfnValidate();
    folder.remove();
  });
  const variants: Record<string, Options> = {
    'cluster, athena with connected results': {},
    'serverless, own results bucket, primary workgroup, signing key': {
      warehouse: { encryption: 'AWS-managed key', deployment: { mode: 'serverless', baseRpu: 8, maxRpu: 64 } },
      athena: { workgroup: 'primary', bytesScannedCutoffMB: null },
      athenaWithoutBucket: true,
      key: { keySpec: 'RSA_2048', rotationEnabled: false, alias: '' },
    },
    'single node, KMS results': {
      warehouse: { encryption: 'none', deployment: { mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 1 } },
      athena: { resultEncryption: 'SSE_KMS' },
      lake: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN },
    },
  };
  const paths = Object.entries(variants).map(([name, options]) => folder.write(name, cloudFormationYaml(analytics(options))));

  it('@aws/cloudformation-validate (strict) accepts every variant', () => {
    for (const path of paths) expect(cfnValidateDiagnostics(path)).toEqual([]);
  }, 180_000);

  it.skipIf(cfnLintMissing !== undefined)('cfn-lint finds no error and no warning', () => {
    expect(cfnLintOutput(paths)).toBe('');
  }, 90_000);
});
