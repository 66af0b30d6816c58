import type { ConfigOf } from '../../../../shared/catalog/registry';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { toCloudFormation } from '../index';

/* The analytics fixture of analytics.test.ts and analytics-keys.test.ts. */

export interface Options {
  athena?: Partial<ConfigOf<'athena'>>;
  warehouse?: Partial<ConfigOf<'redshift'>>;
  key?: Partial<ConfigOf<'kms-key'>>;
  lake?: Partial<ConfigOf<'s3-bucket'>>;
  /** Leave the lake bucket out of Athena's inputs (it then makes its own results bucket). */
  athenaWithoutBucket?: boolean;
}

/** Lake bucket + catalog → Athena → QuickSight; lake + catalog → Redshift (with the key); lake → Data Pipeline → archive. */
export function analytics(options: Options = {}) {
  return buildPipeline(
    { title: 'Analytics', description: 'Query layer' },
    [
      node('s3-bucket', 'lake', 'Lake', [0, 0], options.lake),
      node('glue-data-catalog', 'catalog', 'Catalog', [0, 1]),
      node('kms-key', 'key', 'Warehouse key', [0, 2], options.key),
      node('athena', 'athena', 'Ad hoc', [1, 0], { workgroup: 'adhoc', bytesScannedCutoffMB: 500, ...options.athena }),
      node('quicksight', 'qs', 'Dashboards', [2, 0]),
      node('redshift', 'rs', 'Warehouse', [1, 1], { encryption: 'KMS key', ...options.warehouse }),
      node('data-pipeline', 'dp', 'Legacy copy', [1, 3], {
        activities: [
          { name: 'Copy', type: 'CopyActivity', runsOn: 'Ec2Resource', dependsOn: [] },
          { name: 'Summarize', type: 'HiveActivity', runsOn: 'EmrCluster', dependsOn: ['Copy'] },
        ],
      }),
      node('s3-bucket', 'archive', 'Archive', [2, 3]),
    ],
    [
      ...(options.athenaWithoutBucket ? [] : [['lake', 'athena'] as const]),
      ['catalog', 'athena'],
      ['athena', 'qs'],
      ['rs', 'qs'],
      ['lake', 'rs'],
      ['catalog', 'rs'],
      ['key', 'rs'],
      ['lake', 'dp'],
      ['dp', 'archive'],
    ],
  );
}

export const TAGS = [
  { Key: 'pipewright:pipeline', Value: 'Analytics' },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
export const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
export const objects = (id: string) => ({ 'Fn::Sub': `\${${id}.Arn}/*` });
const glueArn = (resource: string) => ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, { Db: { Ref: 'Catalog' } }] });
export const GLUE_READ = {
  Effect: 'Allow',
  Action: ['glue:BatchGetPartition', 'glue:GetDatabase', 'glue:GetPartition', 'glue:GetPartitions', 'glue:GetTable', 'glue:GetTables'],
  Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog' }, glueArn('database/${Db}'), glueArn('table/${Db}/*')],
};
export const LAKE_READ = [
  { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn('Lake')] },
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects('Lake')] },
];
export const notes = (pipeline: ReturnType<typeof analytics>) => JSON.stringify(toCloudFormation(pipeline).Metadata ?? {});

