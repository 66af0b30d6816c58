import type { AwsLimit } from './units';

const CFN_STORAGE = 'CloudFormation schema AWS::RDS::DBInstance, AllocatedStorage (General Purpose SSD gp2)';
const READ_REPLICA = 'Amazon RDS API reference, CreateDBInstanceReadReplica, SourceDBInstanceIdentifier';
const AURORA = 'Amazon Aurora user guide, Adding Aurora Replicas to a DB cluster (docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-replicas-adding.html)';

export const RDS_LIMITS_TABLE = {
  storageMinGiB: { value: 20, unit: 'GiB (gp2; MySQL, MariaDB, PostgreSQL, Oracle, SQL Server)', source: CFN_STORAGE },
  storageMaxGiB: { value: 65_536, unit: 'GiB (gp2; MySQL, MariaDB, PostgreSQL, Oracle)', source: CFN_STORAGE },
  storageMaxGiBSqlServer: { value: 16_384, unit: 'GiB (gp2; SQL Server)', source: CFN_STORAGE },
  readReplicasMax: { value: 15, unit: 'read replicas per source DB instance (MySQL, MariaDB, PostgreSQL)', source: READ_REPLICA },
  readReplicasMaxOracleSqlServer: { value: 5, unit: 'read replicas per source DB instance (Oracle, SQL Server)', source: READ_REPLICA },
  auroraReplicasMax: { value: 15, unit: 'Aurora Replicas per DB cluster', source: AURORA },
} as const satisfies Record<string, AwsLimit>;
