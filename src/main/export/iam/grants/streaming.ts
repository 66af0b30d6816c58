import { getAtt, type TemplateValue } from '../../cloudformation/template';
import type { PolicyStatement } from '../policy';
import { arnWith } from './arns';
import { kmsUse } from './security';

/** Grants on streams, delivery streams, topics and functions. */

export function kinesisStreamRead(streamLogicalId: string): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'],
      Resource: [getAtt(streamLogicalId, 'Arn')],
    },
  ];
}

export function kinesisStreamWrite(streamLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords'], Resource: [getAtt(streamLogicalId, 'Arn')] }];
}

export function firehosePut(deliveryStreamLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [getAtt(deliveryStreamLogicalId, 'Arn')] }];
}

/** Reading live video from a Kinesis video stream (GetDataEndpoint, then GetMedia on that endpoint). */
export function kinesisVideoRead(streamLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia'], Resource: [getAtt(streamLogicalId, 'Arn')] }, ...kmsUse(keyArn, ['kms:Decrypt'])];
}

/** Publishing to one SNS topic (Ref of a topic is its ARN). */
export function snsPublish(topicLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: [{ Ref: topicLogicalId }] }];
}

export function lambdaInvoke(functionLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [getAtt(functionLogicalId, 'Arn')] }];
}

/** Invoking a function known by its ARN (a setting), its versions and aliases included, as Firehose transforms do. */
export function lambdaInvokeArn(functionArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['lambda:GetFunctionConfiguration', 'lambda:InvokeFunction'], Resource: [functionArn, arnWith(functionArn, ':*')] }];
}
