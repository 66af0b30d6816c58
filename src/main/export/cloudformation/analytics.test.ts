import { describe, expect, it } from 'vitest';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { KMS_KEY_ARN } from '../../../../test/fixtures/pipelines';
import { ExportError } from '../errors';
import { toCloudFormation } from './index';
import { analytics, arn, GLUE_READ, LAKE_READ, notes, objects, TAGS, type Options } from './testing/analytics-pipeline';
import { readBack, statementsOf } from './testing/read-back';

describe('athena → AWS::Athena::WorkGroup and the policy of its users', () => {
  it('enforces results in the connected bucket, the scan cutoff in bytes, encryption and engine version', () => {
    const template = toCloudFormation(analytics());
    expect(template.Resources.AdHoc?.Properties).toEqual({
      Name: { Ref: 'AdHocName' },
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        EngineVersion: { SelectedEngineVersion: 'AUTO' },
        ResultConfiguration: { OutputLocation: { 'Fn::Sub': 's3://${Lake}/athena-results/' }, EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
        BytesScannedCutoffPerQuery: 500_000_000,
      },
      Tags: TAGS,
    });
    expect(template.Parameters?.AdHocName).toMatchObject({ Default: 'adhoc' });
  });

  it('lets its users query the workgroup, read the data and catalog and write results, nothing more', () => {
    expect(statementsOf(toCloudFormation(analytics()).Resources.AdHocQueryPolicy)).toEqual([
      {
        Effect: 'Allow',
        Action: ['athena:GetQueryExecution', 'athena:GetQueryResults', 'athena:GetWorkGroup', 'athena:StartQueryExecution', 'athena:StopQueryExecution'],
        Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${AdHoc}' }],
      },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [arn('Lake')] },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'], Resource: [objects('Lake')] },
      GLUE_READ,
    ]);
  });

  it('creates its own retained, encrypted results bucket when no bucket is connected', () => {
    const template = toCloudFormation(analytics({ athenaWithoutBucket: true, athena: { resultEncryption: 'none' } }));
    expect(template.Resources.AdHocResults).toMatchObject({
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] }, Tags: TAGS },
    });
    expect(template.Resources.AdHoc?.Properties.WorkGroupConfiguration).toMatchObject({ ResultConfiguration: { OutputLocation: { 'Fn::Sub': 's3://${AdHocResults}/' } } });
    expect(JSON.stringify(template.Resources.AdHoc)).not.toContain('EncryptionConfiguration');
  });

  it('encrypts results with the results bucket’s customer key, and refuses SSE_KMS without one', () => {
    const keyed = analytics({ athena: { resultEncryption: 'SSE_KMS', resultLocation: 's3://example-lake/results/' }, lake: { bucketName: 'example-lake', encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } });
    expect(toCloudFormation(keyed).Resources.AdHoc?.Properties.WorkGroupConfiguration).toMatchObject({
      ResultConfiguration: { OutputLocation: { 'Fn::Sub': 's3://${Lake}/results/' }, EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: KMS_KEY_ARN } },
    });
    expect(() => toCloudFormation(analytics({ athena: { resultEncryption: 'CSE_KMS' } }))).toThrow(ExportError);
    expect(() => toCloudFormation(analytics({ athena: { resultEncryption: 'CSE_KMS' } }))).toThrow(/"Ad hoc": CSE_KMS needs a KMS key/);
  });

  it('puts the settings of the primary workgroup on a workgroup named after the stack', () => {
    const pipeline = analytics({ athena: { workgroup: 'primary' } });
    expect(toCloudFormation(pipeline).Resources.AdHoc?.Properties.Name).toEqual({ 'Fn::Sub': '${AWS::StackName}-AdHoc' });
    expect(notes(pipeline)).toContain("the account's primary workgroup exists already");
  });

  it('reads its settings back from the template', () => {
    const keys = ['workgroup', 'engineVersion', 'bytesScannedCutoffMB', 'resultLocation', 'resultEncryption'];
    const variants: Options[] = [
      {},
      { athena: { workgroup: 'primary', engineVersion: 'Athena engine version 3', bytesScannedCutoffMB: null, resultLocation: 's3://results-elsewhere/q/', resultEncryption: 'none' } },
    ];
    for (const options of variants) {
      const { read, expected, refused } = readBack(analytics(options), 'athena', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
  });
});

describe('redshift → a cluster or a Serverless namespace and workgroup', () => {
  it('deploys a private, encrypted cluster with a managed password, its subnet group, security group and role', () => {
    const template = toCloudFormation(analytics({ warehouse: { enhancedVpcRouting: true } }));
    expect(template.Resources.Warehouse).toEqual({
      Type: 'AWS::Redshift::Cluster',
      Properties: {
        ClusterType: 'multi-node',
        NodeType: 'ra3.xlplus',
        NumberOfNodes: 2,
        DBName: { Ref: 'WarehouseDatabaseName' },
        MasterUsername: { Ref: 'WarehouseAdminUsername' },
        ManageMasterPassword: true,
        Encrypted: true,
        KmsKeyId: arn('WarehouseKey'),
        MasterPasswordSecretKmsKeyId: arn('WarehouseKey'),
        PubliclyAccessible: false,
        EnhancedVpcRouting: true,
        ClusterSubnetGroupName: { Ref: 'WarehouseSubnetGroup' },
        VpcSecurityGroupIds: [{ 'Fn::GetAtt': ['WarehouseSecurityGroup', 'GroupId'] }],
        IamRoles: [arn('WarehouseRole')],
        Tags: TAGS,
      },
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
    });
    expect(template.Resources.WarehouseSubnetGroup?.Properties.SubnetIds).toEqual({ Ref: 'SubnetIds' });
    expect(template.Resources.WarehouseSecurityGroup?.Properties.SecurityGroupIngress).toEqual([
      expect.objectContaining({ FromPort: 5439, ToPort: 5439, SourceSecurityGroupId: { 'Fn::GetAtt': ['WarehouseClientSecurityGroup', 'GroupId'] } }),
    ]);
    expect(template.Outputs?.WarehouseEndpointAddress?.Value).toEqual({ 'Fn::GetAtt': ['Warehouse', 'Endpoint.Address'] });
    expect(template.Outputs?.WarehouseEndpointPort?.Value).toEqual({ 'Fn::GetAtt': ['Warehouse', 'Endpoint.Port'] });
  });

  it('gives COPY and Spectrum a role reading its S3 sources and catalog only', () => {
    const role = toCloudFormation(analytics()).Resources.WarehouseRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toMatchObject({ Statement: [{ Principal: { Service: 'redshift.amazonaws.com' } }] });
    expect(statementsOf(role)).toEqual([...LAKE_READ, GLUE_READ]);
  });

  it('makes a single-node cluster without a node count, and refuses a KMS key setting with no key connected', () => {
    const single = toCloudFormation(analytics({ warehouse: { encryption: 'none', deployment: { mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 1 } } })).Resources.Warehouse;
    expect(single?.Properties).toMatchObject({ ClusterType: 'single-node', Encrypted: false });
    expect(single?.Properties).not.toHaveProperty('NumberOfNodes');
    expect(single?.Properties).not.toHaveProperty('KmsKeyId');
    const unkeyed = analytics();
    unkeyed.edges = unkeyed.edges.filter((e) => e.source !== 'key');
    expect(() => toCloudFormation(unkeyed)).toThrow(/Redshift "Warehouse": it is encrypted with a KMS key, but none is connected/);
  });

  it('deploys Serverless as a retained namespace and a workgroup in the VPC', () => {
    const template = toCloudFormation(analytics({ warehouse: { deployment: { mode: 'serverless', baseRpu: 32, maxRpu: 128 } } }));
    expect(template.Resources.Warehouse).toMatchObject({
      Type: 'AWS::RedshiftServerless::Namespace',
      DeletionPolicy: 'Retain',
      Properties: {
        NamespaceName: { Ref: 'WarehouseNamespaceName' },
        ManageAdminPassword: true,
        KmsKeyId: arn('WarehouseKey'),
        IamRoles: [arn('WarehouseRole')],
        DefaultIamRoleArn: arn('WarehouseRole'),
      },
    });
    expect(template.Resources.WarehouseWorkgroup?.Properties).toEqual({
      WorkgroupName: { Ref: 'WarehouseNamespaceName' },
      NamespaceName: { Ref: 'Warehouse' },
      BaseCapacity: 32,
      MaxCapacity: 128,
      EnhancedVpcRouting: false,
      PubliclyAccessible: false,
      Port: 5439,
      SubnetIds: { Ref: 'SubnetIds' },
      SecurityGroupIds: [{ 'Fn::GetAtt': ['WarehouseSecurityGroup', 'GroupId'] }],
      Tags: TAGS,
    });
    expect(template.Parameters?.WarehouseNamespaceName).toMatchObject({ Default: 'warehouse' });
  });

  it('reads its settings back from the template', () => {
    const keys = ['deployment', 'encryption', 'enhancedVpcRouting'];
    const warehouses: Partial<ConfigOf<'redshift'>>[] = [
      { enhancedVpcRouting: true },
      { encryption: 'none', deployment: { mode: 'provisioned', nodeType: 'dc2.large', numberOfNodes: 1 } },
      { encryption: 'AWS-managed key', deployment: { mode: 'provisioned', nodeType: 'ra3.4xlarge', numberOfNodes: 4 } },
      { deployment: { mode: 'serverless', baseRpu: 32, maxRpu: null } },
      { encryption: 'AWS-managed key', deployment: { mode: 'serverless', baseRpu: 8, maxRpu: 64 }, enhancedVpcRouting: true },
    ];
    for (const warehouse of warehouses) {
      const { read, expected, refused } = readBack(analytics({ warehouse }), 'rs', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
  });
});

describe('quicksight → an Athena data source per connected workgroup', () => {
  it('queries through the workgroup with a role holding the workgroup’s user policy, owned by a parameter principal', () => {
    const template = toCloudFormation(analytics());
    expect(template.Resources.Dashboards?.Properties).toEqual({
      AwsAccountId: { Ref: 'AWS::AccountId' },
      DataSourceId: { 'Fn::Sub': '${AWS::StackName}-Dashboards' },
      Name: 'Dashboards - Ad hoc',
      Type: 'ATHENA',
      DataSourceParameters: { AthenaParameters: { WorkGroup: { Ref: 'AdHoc' }, RoleArn: arn('DashboardsRole') } },
      SslProperties: { DisableSsl: false },
      Permissions: [{ Principal: { Ref: 'QuickSightOwnerArn' }, Actions: expect.arrayContaining(['quicksight:DescribeDataSource', 'quicksight:PassDataSource']) }],
      Tags: TAGS,
    });
    expect(template.Resources.DashboardsRole?.Properties).toMatchObject({
      AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'quicksight.amazonaws.com' } }] },
      ManagedPolicyArns: [{ Ref: 'AdHocQueryPolicy' }],
    });
    expect(template.Parameters?.QuickSightOwnerArn).not.toHaveProperty('Default');
    expect(notes(analytics())).toContain('the data source for \\"Warehouse\\" is not exported');
    expect(notes(analytics())).toContain('Enterprise edition, 10 GiB of SPICE');
  });

  it('makes nothing without a workgroup, and reads nothing back (its settings are account setup)', () => {
    const pipeline = analytics();
    pipeline.edges = pipeline.edges.filter((e) => e.source !== 'athena');
    expect(toCloudFormation(pipeline).Resources).not.toHaveProperty('Dashboards');
    expect(readBack(analytics(), 'qs', []).refused).toEqual([]);
  });
});
