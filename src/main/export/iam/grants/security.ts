import { getAtt, sub, type TemplateValue } from '../../cloudformation/template';
import type { PolicyStatement } from '../policy';
import { arnOf } from './arns';

/** Grants on keys, secrets, log groups and network interfaces. */

/** A customer managed key used directly (not through S3): streams, tables, logs encrypted with it. */
export function kmsUse(keyArn: TemplateValue | undefined, actions: readonly string[] = ['kms:Decrypt', 'kms:GenerateDataKey']): PolicyStatement[] {
  return keyArn === undefined ? [] : [{ Effect: 'Allow', Action: [...actions], Resource: [keyArn] }];
}

/** A customer managed key used by `service` on the caller's behalf (DynamoDB, Secrets Manager…): only through that service. */
export function kmsViaService(keyArn: TemplateValue | undefined, service: string, actions: readonly string[]): PolicyStatement[] {
  if (keyArn === undefined) return [];
  return [{ Effect: 'Allow', Action: [...actions], Resource: [keyArn], Condition: { StringEquals: { 'kms:ViaService': sub(`${service}.\${AWS::Region}.\${AWS::URLSuffix}`) } } }];
}

/** Reading one Secrets Manager secret (credentials Firehose uses for Redshift or Splunk). */
export function secretRead(secretArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [secretArn] }];
}

/** Writing to one CloudWatch Logs group (its log streams included). */
export function logsWrite(logGroupLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [getAtt(logGroupLogicalId, 'Arn')] }];
}

/**
 * Elastic network interfaces in the pipeline's VPC, for a service that runs there: the union of
 * AWSLambdaVPCAccessExecutionRole and "Grant Firehose access to an OpenSearch Service destination
 * in a VPC". The Describe calls support no resource-level permissions (Service Authorization
 * Reference, Amazon EC2), so they sit apart on "*"; the rest is bounded to this account's ENIs,
 * subnets and security groups.
 */
export function vpcNetworkInterfaces(): PolicyStatement[] {
  return [
    {
      Sid: 'DescribeSupportsNoResourceLevelPermissions',
      Effect: 'Allow',
      Action: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcAttribute', 'ec2:DescribeVpcs'],
      Resource: ['*'],
    },
    {
      Effect: 'Allow',
      Action: ['ec2:AssignPrivateIpAddresses', 'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:UnassignPrivateIpAddresses'],
      Resource: [arnOf('ec2', 'network-interface/*'), arnOf('ec2', 'subnet/*'), arnOf('ec2', 'security-group/*')],
    },
  ];
}
