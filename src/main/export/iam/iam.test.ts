import { describe, expect, it } from 'vitest';
import type { CfnResource } from '../cloudformation/template';
import { toCloudFormation } from '../cloudformation';
import { clickstreamPipeline, KMS_KEY_ARN } from '../../../../test/fixtures/pipelines';
import type { PolicyStatement } from './policy';

const bucketArn = { 'Fn::GetAtt': ['RawEvents', 'Arn'] };
const objectsArn = { 'Fn::Sub': '${RawEvents.Arn}/*' };
const logsStatement = { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [{ 'Fn::GetAtt': ['ClickstreamDeliveryLogGroup', 'Arn'] }] };

function deliveryRole(options: Parameters<typeof clickstreamPipeline>[0] = {}): CfnResource {
  const role = toCloudFormation(clickstreamPipeline(options)).Resources.ClickstreamDeliveryDeliveryRole;
  if (!role) throw new Error('no delivery role');
  return role;
}

function inlineStatements(role: CfnResource): PolicyStatement[] {
  const policies = role.Properties.Policies as { PolicyName: string; PolicyDocument: { Statement: PolicyStatement[] } }[];
  expect(policies).toHaveLength(1);
  return policies[0]!.PolicyDocument.Statement;
}

/** Every policy statement of an IAM resource: inline policies of a role, or a managed policy's document. */
function statementsOf(resource: CfnResource): PolicyStatement[] {
  const props = resource.Properties as { Policies?: { PolicyDocument: { Statement: PolicyStatement[] } }[]; PolicyDocument?: { Statement: PolicyStatement[] } };
  return [...(props.Policies ?? []).flatMap((p) => p.PolicyDocument.Statement), ...(props.PolicyDocument?.Statement ?? [])];
}

describe('Firehose delivery role', () => {
  it('trusts only Firehose, on behalf of this account', () => {
    expect(deliveryRole().Properties.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'firehose.amazonaws.com' },
          Action: ['sts:AssumeRole'],
          Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'AWS::AccountId' } } },
        },
      ],
    });
  });

  it('grants exactly the S3 delivery actions on its bucket and its objects, and writing its error logs', () => {
    expect(inlineStatements(deliveryRole())).toEqual([
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [bucketArn] },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'], Resource: [objectsArn] },
      logsStatement,
    ]);
  });

  it('adds the KMS key, through S3 and for this bucket only, when the bucket uses a customer key', () => {
    const [, , kms, ...rest] = inlineStatements(deliveryRole({ bucket: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } }));
    expect(rest).toEqual([logsStatement]);
    expect(kms).toEqual({
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: [KMS_KEY_ARN],
      Condition: {
        StringEquals: { 'kms:ViaService': { 'Fn::Sub': 's3.${AWS::Region}.${AWS::URLSuffix}' } },
        StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucketArn, objectsArn] },
      },
    });
  });

  it('needs no KMS grant for SSE-S3 or the AWS managed key', () => {
    expect(inlineStatements(deliveryRole({ bucket: { encryption: 'SSE-KMS' } }))).toHaveLength(3);
    expect(inlineStatements(deliveryRole({ bucket: { encryption: 'SSE-S3', kmsKeyArn: KMS_KEY_ARN } }))).toHaveLength(3);
  });
});

describe('producer policy', () => {
  it('grants exactly PutRecord and PutRecordBatch on the connected delivery stream', () => {
    const template = toCloudFormation(clickstreamPipeline());
    expect(template.Resources.WebAppProducersPutRecordsPolicy?.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
          Resource: [{ 'Fn::GetAtt': ['ClickstreamDelivery', 'Arn'] }],
        },
      ],
    });
    expect(template.Outputs?.WebAppProducersPolicyArn?.Value).toEqual({ Ref: 'WebAppProducersPutRecordsPolicy' });
  });
});

describe('least privilege', () => {
  it('uses no wildcard action and no "*" resource anywhere', () => {
    const template = toCloudFormation(clickstreamPipeline({ bucket: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } }));
    const statements = Object.values(template.Resources)
      .filter((r) => r.Type.startsWith('AWS::IAM::'))
      .flatMap(statementsOf);
    expect(statements).toHaveLength(5);
    for (const statement of statements) {
      for (const action of statement.Action) expect(action).not.toContain('*');
      expect(statement.Resource.length).toBeGreaterThan(0);
      expect(statement.Resource).not.toContain('*');
    }
  });
});
