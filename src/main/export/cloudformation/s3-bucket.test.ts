import { describe, expect, it } from 'vitest';
import { CLICKSTREAM_VARIANTS, clickstreamPipeline, KMS_KEY_ARN } from '../../../../test/fixtures/pipelines';
import { toCloudFormation } from './index';
import { s3BucketMapping } from './kinds/s3-bucket';
import { importView, settingsFromView } from './settings-from-template';

/** The bucket node's settings read back from its exported template. */
function readBack(pipeline: ReturnType<typeof clickstreamPipeline>) {
  const template = toCloudFormation(pipeline);
  return settingsFromView('s3-bucket', importView(template, 'RawEvents')).settings;
}

/** What AWS::S3::Bucket and its bucket policy can say; SSE-C is written as SSE-S3 (writers send their own keys). */
const EXPRESSIBLE = ['bucketName', 'encryption', 'kmsKeyArn', 'bucketKeyEnabled', 'versioning', 'blockPublicAccess', 'lifecycleRules', 'denyInsecureTransport', 'denyUnencryptedUploads', 'objectLock', 'tags'];

describe('s3-bucket fromCfn', () => {
  it.each(Object.entries(CLICKSTREAM_VARIANTS))('gives back the settings the template expresses: %s', (_variant, pipeline) => {
    const config = pipeline.nodes.find((n) => n.kind === 's3-bucket')!.config;
    const read = readBack(pipeline);
    for (const key of EXPRESSIBLE) {
      if (key === 'encryption' && config.encryption === 'SSE-C') expect(read.encryption).toBe('SSE-S3');
      else if (key === 'bucketKeyEnabled' && config.encryption !== 'SSE-KMS') continue;
      else if (key === 'denyUnencryptedUploads' && config.encryption === 'none') continue;
      else expect({ [key]: read[key] }).toEqual({ [key]: config[key] });
    }
  });

  it('reads an SSE-KMS bucket without BucketKeyEnabled as S3 Bucket Key off, and ignores the pipewright tags', () => {
    const read = s3BucketMapping.fromCfn({
      main: {
        logicalId: 'Raw',
        type: 'AWS::S3::Bucket',
        properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KMS_KEY_ARN } }] },
          Tags: [{ Key: 'pipewright:pipeline', Value: 'x' }, { Key: 'team', Value: 'data' }, { Key: 'env', Value: { Ref: 'Env' } }],
          ObjectLockEnabled: true,
          ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 5 } } },
          VersioningConfiguration: { Status: 'Suspended' },
        },
      },
      referencing: [],
    });
    expect(read).toMatchObject({
      encryption: 'SSE-KMS',
      kmsKeyArn: KMS_KEY_ARN,
      bucketKeyEnabled: false,
      tags: [{ key: 'team', value: 'data' }],
      objectLock: { enabled: true, mode: 'COMPLIANCE', retentionDays: 5 },
      versioning: false,
      blockPublicAccess: false,
      denyInsecureTransport: false,
    });
  });

  it('keeps the defaults of what is not plain data, and reverts settings a cross-setting rule refuses', () => {
    const { settings, refused } = settingsFromView('s3-bucket', {
      main: {
        logicalId: 'Raw',
        type: 'AWS::S3::Bucket',
        // Object Lock without versioning is refused by the bucket's schema: the lock goes back to its default.
        properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-raw' }, ObjectLockEnabled: true, ObjectLockConfiguration: { Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 3 } } } },
      },
      referencing: [],
    });
    expect(settings.bucketName).toBe('');
    expect(settings.objectLock).toEqual({ enabled: false, mode: 'GOVERNANCE', retentionDays: 30 });
    expect(refused).toEqual(['objectLock']);
  });
});
