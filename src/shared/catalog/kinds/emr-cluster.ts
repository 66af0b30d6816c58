import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonEMR.svg?raw';
import { EMR_LIMITS_TABLE as L } from '../limits/emr';
import { defineKind } from '../types';

const APPLICATIONS = ['Hadoop', 'Spark', 'Hive', 'Presto', 'Trino', 'HBase', 'Flink', 'Pig', 'Hue', 'Livy', 'JupyterEnterpriseGateway', 'Tez', 'Hudi', 'Iceberg', 'Delta'] as const;
/** The application a step type runs on; a step whose application is not installed fails. */
const STEP_APPLICATION = { Spark: 'Spark', Hive: 'Hive', Pig: 'Pig', Streaming: 'Hadoop', CustomJar: undefined } as const;

const instanceType = (title: string, fallback: string) => z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'Expected an EC2 instance type such as m5.xlarge').default(fallback).meta({ title });

const StepSchema = z.object({
  name: z.string().default('Spark application').meta({ title: 'Name' }),
  type: z.enum(['Spark', 'Hive', 'Pig', 'Streaming', 'CustomJar']).default('Spark').meta({ title: 'Type', description: 'spark-submit, a Hive or Pig script, Hadoop streaming, or a custom JAR.' }),
  script: z.string().default('s3://my-bucket/jobs/etl.py').meta({ title: 'Script or JAR', description: 'S3 location of the script or JAR, with its arguments.' }),
  actionOnFailure: z
    .enum(['CONTINUE', 'CANCEL_AND_WAIT', 'TERMINATE_CLUSTER'])
    .default('CONTINUE')
    .meta({ title: 'On failure', description: 'Go on with the next step, cancel the pending steps and wait, or terminate the cluster.' }),
});

/** Amazon EMR cluster (EC2 instance groups) running Spark, Hive, Presto… with a list of steps. */
export const emrCluster = defineKind({
  id: 'emr-cluster',
  title: 'Amazon EMR cluster',
  shortTitle: 'EMR',
  category: 'compute',
  summary: 'Managed Hadoop/Spark cluster that runs steps over data in S3.',
  help:
    'A managed Hadoop cluster on EC2: a primary node, core nodes (HDFS and compute) and optional task nodes (compute only, good on Spot). ' +
    'Applications such as Spark, Hive or Presto read and write S3 through EMRFS, and can use the Glue Data Catalog as their metastore. ' +
    `Work is submitted as steps; up to ${L.stepConcurrencyMax.value} can run at once (default ${L.stepConcurrencyDefault.value}). A transient cluster ` +
    'terminates after its last step, so you pay only while it works; a long-running one bills every instance-hour. ' +
    `Use ${L.primaryNodesHighAvailability.value} primary nodes for high availability.`,
  icon,
  config: z
    .object({
      releaseLabel: z.string().regex(/^emr-\d+\.\d+\.\d+$/, 'Expected a release label such as emr-7.5.0').default('emr-7.5.0').meta({ title: 'Release', description: 'Decides the application versions, e.g. emr-7.5.0.' }),
      applications: z.array(z.enum(APPLICATIONS)).default(['Hadoop', 'Spark', 'Hive']).meta({ title: 'Applications', description: 'Installed when the cluster starts.' }),
      primaryInstanceType: instanceType('Primary instance type', 'm5.xlarge'),
      primaryNodeCount: z
        .number()
        .int()
        .refine((n) => n === L.primaryNodesSingle.value || n === L.primaryNodesHighAvailability.value, `Primary nodes: ${L.primaryNodesSingle.value} or ${L.primaryNodesHighAvailability.value} (high availability)`)
        .default(L.primaryNodesSingle.value)
        .meta({ title: 'Primary nodes', description: `${L.primaryNodesSingle.value}, or ${L.primaryNodesHighAvailability.value} for high availability.` }),
      coreInstanceType: instanceType('Core instance type', 'm5.xlarge'),
      coreInstanceCount: z.number().int().min(0).default(2).meta({ title: 'Core nodes', description: 'Run HDFS and tasks. 0 makes a single-node cluster.' }),
      taskInstanceType: instanceType('Task instance type', 'm5.xlarge'),
      taskInstanceCount: z.number().int().min(0).default(0).meta({ title: 'Task nodes', description: 'Compute only, no HDFS: safe to run on Spot.' }),
      taskMarket: z.enum(['ON_DEMAND', 'SPOT']).default('SPOT').meta({ title: 'Task node market', description: 'Spot task nodes cost less and can be reclaimed without losing HDFS data.' }),
      steps: z.array(StepSchema).default([{ name: 'Spark application', type: 'Spark', script: 's3://my-bucket/jobs/etl.py', actionOnFailure: 'CONTINUE' }]).meta({ title: 'Steps', description: 'Run in order (or in parallel up to the step concurrency).' }),
      stepConcurrency: z
        .number()
        .int()
        .min(L.stepConcurrencyMin.value)
        .max(L.stepConcurrencyMax.value)
        .default(L.stepConcurrencyDefault.value)
        .meta({ title: 'Step concurrency', description: `Steps running at once (${L.stepConcurrencyMin.value}–${L.stepConcurrencyMax.value}).` }),
      terminateAfterSteps: z.boolean().default(true).meta({ title: 'Terminate after last step', description: 'Transient cluster: shut down when no steps remain.' }),
      // A workload estimate for the simulator (a step's run time depends on its script and data): 10 min is our starting point, not an AWS default.
      stepRunMinutes: z.number().positive().default(10).meta({ title: 'Step run time (simulation)', unit: 'min', description: 'How long one step takes when a workflow adds it, for the simulator.' }),
    })
    .superRefine((config, ctx) => {
      config.steps.forEach((step, i) => {
        const needed = STEP_APPLICATION[step.type];
        if (needed && !config.applications.includes(needed)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'type'], message: `Step "${step.name}" runs on ${needed}, which is not among the installed applications` });
        }
      });
    }),
  inputs: [
    { id: 'objects', label: 'S3 input', edgeKind: 'data', accepts: { 's3-bucket': 'EMRFS input (s3://)', 'vpc-endpoint': 'EMRFS input through the VPC gateway endpoint' } },
    { id: 'rows', label: 'Table input', edgeKind: 'data', accepts: { 'dynamodb-table': 'EMR DynamoDB connector (Hive external table)' } },
    { id: 'tables', label: 'Metastore', edgeKind: 'metadata', accepts: { 'glue-data-catalog': 'Glue Data Catalog as the Hive and Spark metastore' } },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { 'step-functions': 'Step Functions EMR integration (createCluster.sync / addStep.sync)', 'data-pipeline': 'Data Pipeline activity running on an EmrCluster resource' },
    },
  ],
  outputs: [
    { id: 'objects', label: 'S3 output', edgeKind: 'data', only: ['s3-bucket', 'vpc-endpoint'] },
    { id: 'rows', label: 'Table output', edgeKind: 'data', only: ['redshift', 'dynamodb-table'] },
  ],
});
