import { ref, type CfnResource, type Tag } from '../cloudformation/template';
import { serviceRole } from './grants';
import { policyDocument, type PolicyDocument, type PolicyStatement, type TrustStatement } from './policy';

/**
 * Lets Firehose assume the role only on behalf of this account: the sts:ExternalId condition of
 * "Allow Firehose to assume an IAM role" (Amazon Data Firehose developer guide).
 */
export function firehoseTrustPolicy(): PolicyDocument<TrustStatement> {
  return policyDocument<TrustStatement>({
    Effect: 'Allow',
    Principal: { Service: 'firehose.amazonaws.com' },
    Action: ['sts:AssumeRole'],
    Condition: { StringEquals: { 'sts:ExternalId': ref('AWS::AccountId') } },
  });
}

/** The role a delivery stream assumes: the grants of its source, destination, backup, transform and logs, with Firehose's documented trust. */
export function firehoseDeliveryRole(description: string, statements: readonly PolicyStatement[], tags: readonly Tag[]): CfnResource {
  const role = serviceRole({ service: 'firehose.amazonaws.com', description, statements, tags });
  return { ...role, Properties: { ...role.Properties, AssumeRolePolicyDocument: firehoseTrustPolicy() } };
}
