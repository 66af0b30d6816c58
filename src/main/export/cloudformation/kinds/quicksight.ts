import { serviceRole } from '../../iam/grants';
import { queryPolicyOf } from './athena';
import { nodeName, type KindMapping, type Mapper } from '../mapper';
import { getAtt, output, ref, sub, type CfnResource } from '../template';

/** What the owner of a data source may do with it ("Data source permissions", Amazon QuickSight API reference). */
const OWNER_ACTIONS = [
  'quicksight:DeleteDataSource',
  'quicksight:DescribeDataSource',
  'quicksight:DescribeDataSourcePermissions',
  'quicksight:PassDataSource',
  'quicksight:UpdateDataSource',
  'quicksight:UpdateDataSourcePermissions',
];
/** QuickSight data source names: 1–128 characters (AWS::QuickSight::DataSource Name). */
const NAME_MAX = 128;

/**
 * quicksight → one AWS::QuickSight::DataSource per connected Athena workgroup, each with a role
 * QuickSight assumes to query through it (the workgroup's user policy: its data, catalog and
 * results), owned by a QuickSight user or group the deployer names. The subscription (edition,
 * SPICE capacity, users) is account setup that CloudFormation cannot express.
 */
const mapQuicksight: Mapper<'quicksight'> = (node, config, ctx) => {
  const notes = [
    `${nodeName(node)}: the QuickSight subscription (${config.edition} edition, ${config.spiceCapacityGiB} GiB of SPICE, ${config.authors} author(s), ${config.readers} reader(s)) is account setup, not a CloudFormation resource: set it up in QuickSight.`,
  ];
  for (const kind of ['redshift', 'rds', 's3-bucket', 'opensearch'] as const) {
    for (const source of ctx.sourcesOfKind(kind)) {
      notes.push(`${nodeName(node)}: the data source for ${nodeName(source.node)} is not exported (it needs a QuickSight VPC connection or manifest and credentials); create it in QuickSight.`);
    }
  }
  const workgroups = ctx.sourcesOfKind('athena');
  if (workgroups.length === 0) return { resources: {}, notes };
  const owner = ctx.parameter('QuickSightOwnerArn', {
    Type: 'String',
    Description: 'ARN of the QuickSight user or group that owns the exported data sources (arn:aws:quicksight:REGION:ACCOUNT:user/default/NAME).',
    AllowedPattern: '^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:[0-9]{12}:(user|group)/.+$',
    ConstraintDescription: 'a QuickSight user or group ARN',
  });
  const resources: Record<string, CfnResource> = {};
  const outputs: Record<string, ReturnType<typeof output>> = {};
  workgroups.forEach((athena, i) => {
    const id = i === 0 ? ctx.logicalId : ctx.derivedId(`DataSource${i + 1}`);
    const roleId = ctx.derivedId(`${i === 0 ? '' : `DataSource${i + 1}`}Role`);
    resources[roleId] = serviceRole({
      service: 'quicksight.amazonaws.com',
      description: `Lets QuickSight "${node.label}" query through the Athena workgroup "${athena.node.label}".`,
      statements: [],
      // The workgroup's user policy: the same queries, data, catalog and results as its other users.
      managedPolicyArns: [ref(queryPolicyOf(athena.logicalId))],
      tags: ctx.tags,
    });
    resources[id] = {
      Type: 'AWS::QuickSight::DataSource',
      Properties: {
        AwsAccountId: ref('AWS::AccountId'),
        // Ids are unique per account: the stack name keeps two deployments apart.
        DataSourceId: sub(`\${AWS::StackName}-${id}`),
        Name: `${node.label} - ${athena.node.label}`.slice(0, NAME_MAX),
        Type: 'ATHENA',
        // Ref of a workgroup is its name.
        DataSourceParameters: { AthenaParameters: { WorkGroup: ref(athena.logicalId), RoleArn: getAtt(roleId, 'Arn') } },
        SslProperties: { DisableSsl: false },
        Permissions: [{ Principal: owner, Actions: OWNER_ACTIONS }],
        Tags: [...ctx.tags],
      },
    };
    outputs[ctx.derivedId(`${i === 0 ? '' : `DataSource${i + 1}`}Arn`)] = output(`QuickSight data source for "${athena.node.label}"`, getAtt(id, 'Arn'));
  });
  return { resources, outputs, notes };
};

export const quicksightMapping: KindMapping<'quicksight'> = {
  mainType: 'AWS::QuickSight::DataSource',
  toCfn: mapQuicksight,
  // Nothing in the settings is expressed by a data source: edition, SPICE and users are account setup.
  fromCfn: () => ({}),
};
