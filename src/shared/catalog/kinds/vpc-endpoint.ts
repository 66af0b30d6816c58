import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AmazonVPCEndpoints.svg?raw';
import { defineKind } from '../types';

/** Workloads that run in a VPC and reach S3 through the endpoint (both directions: writes go out to S3, reads come back). */
const VPC_WORKLOADS = ['sagemaker', 'emr-cluster', 'glue-etl-job', 'lambda', 'batch-job'] as const;

/** Amazon VPC gateway endpoint for Amazon S3. */
export const vpcEndpoint = defineKind({
  id: 'vpc-endpoint',
  title: 'Amazon VPC gateway endpoint (S3)',
  shortTitle: 'S3 gateway endpoint',
  category: 'security-and-network',
  summary: 'Private route from your VPC to S3, without internet or NAT.',
  help:
    'A gateway endpoint adds a route to S3 to the route tables you choose, so instances, containers and functions in private subnets ' +
    'reach S3 without an internet gateway or NAT (and without NAT data-processing charges); gateway endpoints for S3 have no hourly or ' +
    'data charge. Traffic stays on the AWS network. An endpoint policy can restrict which buckets are reachable, and bucket policies can ' +
    'in turn require aws:SourceVpce. It works only within the Region of the VPC. Draw writes as workload → endpoint → bucket and reads ' +
    'as bucket → endpoint → workload.',
  icon,
  config: z.object({
    // Not an AWS quota: an endpoint associated with no route table routes nothing.
    routeTableCount: z.number().int().min(1).default(1).meta({ title: 'Route tables', description: 'Route tables (one per private subnet group) that get the S3 prefix-list route.' }),
    restrictToBuckets: z
      .boolean()
      .default(true)
      .meta({ title: 'Restrict to connected buckets', description: 'Endpoint policy allows only the buckets connected here, instead of the default full access to S3.' }),
  }),
  inputs: [
    {
      id: 'from-vpc',
      label: 'From VPC workloads',
      edgeKind: 'data',
      accepts: {
        sagemaker: 'SageMaker in a VPC writing to S3',
        'emr-cluster': 'EMR in a private subnet writing through EMRFS',
        'glue-etl-job': 'Glue job with a VPC connection writing to S3',
        lambda: 'VPC-attached Lambda function writing to S3',
        'batch-job': 'Batch job in a private subnet writing to S3',
      },
    },
    { id: 'from-s3', label: 'From S3', edgeKind: 'data', accepts: { 's3-bucket': 'Objects read from inside the VPC through the gateway endpoint' } },
  ],
  outputs: [
    { id: 'to-s3', label: 'To S3', edgeKind: 'data', only: ['s3-bucket'] },
    { id: 'to-vpc', label: 'To VPC workloads', edgeKind: 'data', only: [...VPC_WORKLOADS] },
  ],
});
