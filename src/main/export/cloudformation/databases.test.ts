import { describe, expect, it } from 'vitest';
import { toCloudFormation } from './index';
import { detectionsTable, keyedStore, replicatedDatabase } from './testing/data-services-fixtures';
import { readBack } from './testing/read-back';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const groupId = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
const tags = (pipeline: string) => [
  { Key: 'pipewright:pipeline', Value: pipeline },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const RETAIN = { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' };
const notesOf = (template: ReturnType<typeof toCloudFormation>) => JSON.stringify(template.Metadata ?? {});

describe('rds → AWS::RDS::DBInstance', () => {
  const template = toCloudFormation(replicatedDatabase({ rds: { readReplicas: 2, multiAz: true } }));

  it('encrypts storage with the connected key, lets RDS manage the password and stays private', () => {
    expect(template.Resources.Orders).toEqual({
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        DBInstanceClass: 'db.t4g.medium',
        Engine: 'postgres',
        AllocatedStorage: '100',
        StorageType: 'gp2',
        StorageEncrypted: true,
        KmsKeyId: arn('DatabaseKey'),
        MultiAZ: true,
        MasterUsername: { Ref: 'OrdersMasterUsername' },
        ManageMasterUserPassword: true,
        DBSubnetGroupName: { Ref: 'OrdersSubnetGroup' },
        PubliclyAccessible: false,
        VPCSecurityGroups: [groupId('OrdersSecurityGroup')],
        Tags: tags('Orders'),
      },
      ...RETAIN,
    });
    expect(template.Parameters?.OrdersMasterUsername).toMatchObject({ Type: 'String', Default: 'dbadmin' });
    expect(template.Resources.OrdersSubnetGroup?.Properties.SubnetIds).toEqual({ Ref: 'SubnetIds' });
  });

  it('admits the engine port only from its client security group', () => {
    expect(template.Resources.OrdersSecurityGroup?.Properties.SecurityGroupIngress).toEqual([
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: groupId('OrdersClientSecurityGroup'), Description: 'Clients of RDS Orders' },
    ]);
    expect(template.Resources.OrdersClientSecurityGroup?.Properties).not.toHaveProperty('SecurityGroupIngress');
    expect(template.Outputs?.OrdersClientSecurityGroupId?.Value).toEqual(groupId('OrdersClientSecurityGroup'));
  });

  it('adds one retained replica per read replica, inheriting engine and encryption', () => {
    for (const id of ['OrdersReplica1', 'OrdersReplica2']) {
      expect(template.Resources[id]).toEqual({
        Type: 'AWS::RDS::DBInstance',
        Properties: { DBInstanceClass: 'db.t4g.medium', SourceDBInstanceIdentifier: { Ref: 'Orders' }, PubliclyAccessible: false, VPCSecurityGroups: [groupId('OrdersSecurityGroup')], Tags: tags('Orders') },
        ...RETAIN,
      });
    }
    expect(template.Resources).not.toHaveProperty('OrdersReplica3');
  });

  it('puts Aurora storage, credentials and network on a cluster, with readers as instances', () => {
    const aurora = toCloudFormation(replicatedDatabase({ rds: { engine: 'Aurora PostgreSQL', readReplicas: 1, multiAz: true } }));
    expect(aurora.Resources.OrdersCluster).toMatchObject({
      Type: 'AWS::RDS::DBCluster',
      Properties: { Engine: 'aurora-postgresql', ManageMasterUserPassword: true, StorageEncrypted: true, KmsKeyId: arn('DatabaseKey'), VpcSecurityGroupIds: [groupId('OrdersSecurityGroup')] },
      ...RETAIN,
    });
    const instance = { DBInstanceClass: 'db.t4g.medium', Engine: 'aurora-postgresql', DBClusterIdentifier: { Ref: 'OrdersCluster' }, DBSubnetGroupName: { Ref: 'OrdersSubnetGroup' }, PubliclyAccessible: false, Tags: tags('Orders') };
    expect(aurora.Resources.Orders?.Properties).toEqual(instance);
    expect(aurora.Resources.OrdersReader1?.Properties).toEqual(instance);
    expect(aurora.Outputs?.OrdersEndpointAddress?.Value).toEqual({ 'Fn::GetAtt': ['OrdersCluster', 'Endpoint.Address'] });
    expect(notesOf(aurora)).not.toContain('add a read replica for Multi-AZ');
    expect(notesOf(toCloudFormation(replicatedDatabase({ rds: { engine: 'Aurora MySQL', multiAz: true } })))).toContain('add a read replica for Multi-AZ');
  });

  it('exports Oracle and SQL Server as license-included Standard Editions, and says so', () => {
    const oracle = toCloudFormation(replicatedDatabase({ rds: { engine: 'Oracle', instanceClass: 'db.m5.large' } }));
    expect(oracle.Resources.Orders?.Properties).toMatchObject({ Engine: 'oracle-se2', LicenseModel: 'license-included' });
    expect(oracle.Resources.OrdersSecurityGroup?.Properties.SecurityGroupIngress).toMatchObject([{ FromPort: 1521, ToPort: 1521 }]);
    expect(notesOf(oracle)).toContain('Oracle is exported as oracle-se2 with the license included');
    expect(toCloudFormation(replicatedDatabase({ rds: { engine: 'SQL Server', instanceClass: 'db.m5.large' } })).Resources.Orders?.Properties.Engine).toBe('sqlserver-se');
  });

  it('reads its settings back from the template', () => {
    const keys = ['engine', 'instanceClass', 'storageGiB', 'multiAz', 'readReplicas', 'storageEncrypted'];
    for (const rds of [{ readReplicas: 2, multiAz: true }, { engine: 'MariaDB' as const, storageGiB: 400, storageEncrypted: false }, { engine: 'SQL Server' as const, instanceClass: 'db.m5.large' }]) {
      const { read, expected, refused } = readBack(replicatedDatabase({ rds }), 'db', keys);
      expect(read).toEqual(expected);
      expect(refused).toEqual([]);
    }
    const aurora = readBack(replicatedDatabase({ rds: { engine: 'Aurora MySQL', instanceClass: 'db.r6g.large' } }), 'db', ['engine', 'instanceClass']);
    expect(aurora.read).toEqual(aurora.expected);
  });

  it('exports an unencrypted database as chosen, without the key', () => {
    const template = toCloudFormation(replicatedDatabase({ rds: { storageEncrypted: false } }));
    expect(template.Resources.Orders?.Properties).toMatchObject({ StorageEncrypted: false });
    expect(template.Resources.Orders?.Properties).not.toHaveProperty('KmsKeyId');
    expect(notesOf(template)).toContain('storage encryption is off, so the connected KMS key is not used');
  });
});

describe('dynamodb-table → AWS::DynamoDB::Table', () => {
  const provisioned = { capacity: { mode: 'provisioned', readCapacityUnits: 10, writeCapacityUnits: 5 }, sortKey: { name: 'ts', type: 'Number' }, ttlAttribute: 'expires' } as const;

  it('maps keys, capacity, TTL, recovery, the customer key and both change destinations', () => {
    const template = toCloudFormation(detectionsTable({ ...provisioned, stream: { enabled: true, viewType: 'NEW_IMAGE' }, encryption: 'customer managed key' }));
    expect(template.Resources.Detections).toEqual({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'ts', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'ts', AttributeType: 'N' },
        ],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        KinesisStreamSpecification: { StreamArn: arn('DetectionChanges') },
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: arn('TableKey') },
        Tags: tags('Detections'),
      },
      ...RETAIN,
    });
    expect(template.Outputs?.DetectionsStreamArn?.Value).toEqual({ 'Fn::GetAtt': ['Detections', 'StreamArn'] });
  });

  it('turns the stream on, with a note, when a Lambda function reads the changes', () => {
    const template = toCloudFormation(detectionsTable({ encryption: 'AWS managed key', pointInTimeRecovery: false }));
    expect(template.Resources.Detections?.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
    });
    expect(template.Resources.Detections?.Properties).not.toHaveProperty('ProvisionedThroughput');
    expect(notesOf(template)).toContain('DynamoDB Streams is turned on (NEW_AND_OLD_IMAGES) because a Lambda function reads its item changes');
  });

  it('leaves the AWS owned key implicit', () => {
    expect(toCloudFormation(detectionsTable()).Resources.Detections?.Properties).not.toHaveProperty('SSESpecification');
  });

  it.each([
    ['provisioned, customer key', { ...provisioned, stream: { enabled: true, viewType: 'KEYS_ONLY' }, encryption: 'customer managed key' }],
    ['on demand, AWS managed key, no recovery', { stream: { enabled: true, viewType: 'OLD_IMAGE' }, encryption: 'AWS managed key', pointInTimeRecovery: false, pitrRecoveryPeriodDays: 7 }],
    ['binary key, AWS owned key', { partitionKey: { name: 'id', type: 'Binary' }, stream: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' }, pitrRecoveryPeriodDays: 10 }],
  ] as const)('reads its settings back (%s)', (_name, table) => {
    const keys = ['capacity', 'partitionKey', 'sortKey', 'stream', 'ttlAttribute', 'pointInTimeRecovery', 'encryption', ...('pointInTimeRecovery' in table ? [] : ['pitrRecoveryPeriodDays'])];
    const { read, expected, refused } = readBack(detectionsTable(table), 'table', keys);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('opensearch → AWS::OpenSearchService::Domain', () => {
  const masters = { dedicatedMasters: { enabled: true, instanceType: 'm6g.large.search', count: 3 }, ultraWarm: { enabled: true, instanceType: 'ultrawarm1.large.search', count: 2 } } as const;
  const single = { instanceType: 't3.small.search', instanceCount: 1, storageGiBPerNode: 10, encryptionAtRest: false, nodeToNodeEncryption: false, enforceHttps: false } as const;

  it('spreads an even number of data nodes over two zones, encrypted, HTTPS-only with TLS 1.2, in the VPC', () => {
    const template = toCloudFormation(keyedStore('opensearch', masters));
    expect(template.Resources.Lookups).toEqual({
      Type: 'AWS::OpenSearchService::Domain',
      Properties: {
        ClusterConfig: {
          InstanceType: 'r6g.large.search',
          InstanceCount: 2,
          ZoneAwarenessEnabled: true,
          ZoneAwarenessConfig: { AvailabilityZoneCount: 2 },
          DedicatedMasterEnabled: true,
          DedicatedMasterType: 'm6g.large.search',
          DedicatedMasterCount: 3,
          WarmEnabled: true,
          WarmType: 'ultrawarm1.large.search',
          WarmCount: 2,
        },
        EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 100 },
        EncryptionAtRestOptions: { Enabled: true, KmsKeyId: arn('StoreKey') },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        VPCOptions: {
          SubnetIds: [
            { 'Fn::Select': [0, { Ref: 'SubnetIds' }] },
            { 'Fn::Select': [1, { Ref: 'SubnetIds' }] },
          ],
          SecurityGroupIds: [groupId('LookupsSecurityGroup')],
        },
        Tags: tags('Keyed opensearch'),
      },
      ...RETAIN,
    });
    expect(template.Resources.LookupsSecurityGroup?.Properties.SecurityGroupIngress).toMatchObject([{ FromPort: 443, ToPort: 443 }]);
  });

  it('keeps an odd number of nodes in one subnet and says so', () => {
    const template = toCloudFormation(keyedStore('opensearch', single));
    const props = template.Resources.Lookups?.Properties as Record<string, Record<string, unknown>>;
    expect(props.ClusterConfig).toEqual({ InstanceType: 't3.small.search', InstanceCount: 1 });
    expect(props.VPCOptions?.SubnetIds).toEqual([{ 'Fn::Select': [0, { Ref: 'SubnetIds' }] }]);
    expect(props.EncryptionAtRestOptions).toEqual({ Enabled: false });
    expect(notesOf(template)).toContain('1 data node(s) stay in one Availability Zone');
  });

  it.each([
    ['masters and UltraWarm', masters],
    ['one node, nothing encrypted', single],
  ] as const)('reads its settings back (%s)', (_name, options) => {
    const keys = ['instanceType', 'instanceCount', 'storageGiBPerNode', 'dedicatedMasters', 'ultraWarm', 'encryptionAtRest', 'nodeToNodeEncryption', 'enforceHttps'];
    const { read, expected, refused } = readBack(keyedStore('opensearch', options), 'store', keys);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('elasticache → AWS::ElastiCache::ReplicationGroup', () => {
  it('replicates one shard with automatic failover, encrypted with the connected key', () => {
    const template = toCloudFormation(keyedStore('elasticache', { replicasPerShard: 2 }));
    expect(template.Resources.Lookups).toEqual({
      Type: 'AWS::ElastiCache::ReplicationGroup',
      Properties: {
        ReplicationGroupDescription: 'Valkey cache Lookups',
        Engine: 'valkey',
        CacheNodeType: 'cache.t4g.small',
        NumCacheClusters: 3,
        AutomaticFailoverEnabled: true,
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        KmsKeyId: arn('StoreKey'),
        CacheSubnetGroupName: { Ref: 'LookupsSubnetGroup' },
        SecurityGroupIds: [groupId('LookupsSecurityGroup')],
        Tags: tags('Keyed elasticache'),
      },
    });
    expect(template.Resources.LookupsSubnetGroup?.Properties).toMatchObject({ SubnetIds: { Ref: 'SubnetIds' } });
    expect(template.Resources.LookupsSecurityGroup?.Properties.SecurityGroupIngress).toMatchObject([{ FromPort: 6379, ToPort: 6379 }]);
  });

  it('uses a cluster-mode parameter group for several shards, and a cache cluster for Memcached', () => {
    const cluster = toCloudFormation(keyedStore('elasticache', { engine: 'Redis OSS', shards: 3, replicasPerShard: 1 }));
    expect(cluster.Resources.Lookups?.Properties).toMatchObject({ Engine: 'redis', NumNodeGroups: 3, ReplicasPerNodeGroup: 1, AutomaticFailoverEnabled: true, CacheParameterGroupName: 'default.redis7.cluster.on', EngineVersion: '7.1' });
    expect(cluster.Resources.Lookups?.Properties).not.toHaveProperty('NumCacheClusters');
    const memcached = toCloudFormation(keyedStore('elasticache', { engine: 'Memcached', shards: 2, replicasPerShard: 0 }));
    expect(memcached.Resources.Lookups).toMatchObject({ Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'memcached', NumCacheNodes: 2, TransitEncryptionEnabled: true } });
    expect(memcached.Resources.LookupsSecurityGroup?.Properties.SecurityGroupIngress).toMatchObject([{ FromPort: 11211 }]);
    expect(notesOf(memcached)).toContain('Memcached has no encryption at rest');
  });

  it.each([
    ['Valkey with replicas', { replicasPerShard: 2 }],
    ['Redis OSS cluster mode, no encryption in transit', { engine: 'Redis OSS', shards: 4, replicasPerShard: 2, encryptionInTransit: false }],
    ['Valkey without replicas, unencrypted at rest', { replicasPerShard: 0, encryptionAtRest: false, nodeType: 'cache.r7g.large' }],
    ['Memcached', { engine: 'Memcached', shards: 3, replicasPerShard: 0, encryptionAtRest: false }],
  ] as const)('reads its settings back (%s)', (_name, options) => {
    const keys = ['engine', 'nodeType', 'shards', 'replicasPerShard', 'encryptionInTransit', 'encryptionAtRest'];
    const { read, expected, refused } = readBack(keyedStore('elasticache', options), 'store', keys);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});
