import { getAtt, type CfnResource } from '../cloudformation/template';
import { iamDescription, policyDocument, type PolicyDocument, type PolicyStatement } from './policy';

/** Direct PUT into a delivery stream: the two write calls, nothing to read, describe or manage. */
export const PRODUCER_FIREHOSE_ACTIONS = ['firehose:PutRecord', 'firehose:PutRecordBatch'] as const;

/** Lets the holder put records into exactly these delivery streams. */
export function producerPutPolicy(deliveryStreamLogicalIds: readonly string[]): PolicyDocument {
  return policyDocument<PolicyStatement>({
    Sid: 'PutRecordsIntoDeliveryStreams',
    Effect: 'Allow',
    Action: [...PRODUCER_FIREHOSE_ACTIONS],
    Resource: deliveryStreamLogicalIds.map((id) => getAtt(id, 'Arn')),
  });
}

/** A managed policy for the producers' own role to attach: the template does not know that role. */
export function producerManagedPolicy(deliveryStreamLogicalIds: readonly string[], description: string): CfnResource {
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      Description: iamDescription(description),
      PolicyDocument: producerPutPolicy(deliveryStreamLogicalIds),
    },
  };
}
