import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { network } from '../network';
import { defined, plainBoolean, plainNumber, plainString } from '../plain';
import { storeSecurityGroups } from '../security-groups';
import { getAtt, output, ref, retained, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'rds'>;
type Engine = Config['engine'];

/**
 * The RDS engine identifier (CreateDBInstance Engine). Oracle and SQL Server come in editions; the
 * export takes Standard Edition (Two), license included, the one without a license of your own.
 */
const ENGINE: Record<Engine, string> = {
  MySQL: 'mysql',
  PostgreSQL: 'postgres',
  MariaDB: 'mariadb',
  Oracle: 'oracle-se2',
  'SQL Server': 'sqlserver-se',
  'Aurora MySQL': 'aurora-mysql',
  'Aurora PostgreSQL': 'aurora-postgresql',
};

/** The engines' default ports (RDS user guide, "Connecting to a DB instance"). */
export const RDS_PORT: Record<Engine, number> = {
  MySQL: 3306,
  MariaDB: 3306,
  'Aurora MySQL': 3306,
  PostgreSQL: 5432,
  'Aurora PostgreSQL': 5432,
  Oracle: 1521,
  'SQL Server': 1433,
};

const isAurora = (engine: Engine): boolean => engine.startsWith('Aurora');
const LICENSED = new Set<Engine>(['Oracle', 'SQL Server']);

/**
 * rds → AWS::RDS::DBInstance in its own subnet group and security groups, storage encrypted with
 * the connected key, master password managed by RDS in Secrets Manager, never publicly accessible;
 * read replicas as more instances. Aurora engines get an AWS::RDS::DBCluster, the main instance
 * as its writer and the replicas as readers. Everything holding data is retained: Retain keeps
 * the live database on stack deletion, which both validators accept for every type here (Snapshot
 * is refused on instances that belong to a cluster).
 */
const mapRds: Mapper<'rds'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const aurora = isAurora(config.engine);
  const { subnetIds } = network(ctx);
  const groups = storeSecurityGroups(ctx, `RDS ${node.label}`, RDS_PORT[config.engine]);
  const subnetGroupId = ctx.derivedId('SubnetGroup');
  const key = config.storageEncrypted ? encryptionKeyArn(ctx, node.id, '') : undefined;
  if (!config.storageEncrypted && encryptionKeyArn(ctx, node.id, '') !== undefined) notes.push(`${nodeName(node)}: storage encryption is off, so the connected KMS key is not used.`);
  if (LICENSED.has(config.engine)) notes.push(`${nodeName(node)}: ${config.engine} is exported as ${ENGINE[config.engine]} with the license included; change Engine for another edition.`);
  const masterUsername = ctx.parameter(`${id}MasterUsername`, {
    Type: 'String',
    Description: `Master user of the database "${node.label}"; RDS keeps its password in Secrets Manager.`,
    Default: 'dbadmin',
    // 16 characters: the shortest limit among the engines (MySQL).
    AllowedPattern: '^[a-zA-Z][a-zA-Z0-9_]{0,15}$',
    ConstraintDescription: 'a letter, then up to 15 letters, digits or underscores',
  });
  const storage = { StorageEncrypted: config.storageEncrypted, ...(key === undefined ? {} : { KmsKeyId: key }) };
  const placement = { DBSubnetGroupName: ref(subnetGroupId), PubliclyAccessible: false };
  const instance = (properties: Record<string, TemplateValue>): CfnResource =>
    retained({ Type: 'AWS::RDS::DBInstance', Properties: { DBInstanceClass: config.instanceClass, ...properties, Tags: [...ctx.tags] } });
  const engine = { Engine: ENGINE[config.engine] };

  const resources: Record<string, CfnResource> = {
    [subnetGroupId]: { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: `Subnets of the database ${node.label}`.slice(0, 255), SubnetIds: subnetIds, Tags: [...ctx.tags] } },
    ...groups.resources,
  };
  let endpointOf = id;
  let secretOf = id;
  if (aurora) {
    const clusterId = ctx.derivedId('Cluster');
    endpointOf = secretOf = clusterId;
    if (config.multiAz && config.readReplicas === 0) notes.push(`${nodeName(node)}: an Aurora cluster fails over to a reader in another zone; add a read replica for Multi-AZ.`);
    resources[clusterId] = retained({
      Type: 'AWS::RDS::DBCluster',
      Properties: {
        Engine: ENGINE[config.engine],
        MasterUsername: masterUsername,
        ManageMasterUserPassword: true,
        ...storage,
        DBSubnetGroupName: ref(subnetGroupId),
        VpcSecurityGroupIds: [groups.storeGroupId],
        Tags: [...ctx.tags],
      },
    });
    resources[id] = instance({ ...engine, DBClusterIdentifier: ref(clusterId), ...placement });
    for (let n = 1; n <= config.readReplicas; n++) resources[ctx.derivedId(`Reader${n}`)] = instance({ ...engine, DBClusterIdentifier: ref(clusterId), ...placement });
  } else {
    resources[id] = instance({
      ...engine,
      AllocatedStorage: String(config.storageGiB),
      // The catalog sizes storage as gp2 (its bounds are gp2's).
      StorageType: 'gp2',
      ...storage,
      MultiAZ: config.multiAz,
      ...(LICENSED.has(config.engine) ? { LicenseModel: 'license-included' } : {}),
      MasterUsername: masterUsername,
      ManageMasterUserPassword: true,
      ...placement,
      VPCSecurityGroups: [groups.storeGroupId],
    });
    // A replica inherits the source's engine, subnet group, storage and encryption.
    for (let n = 1; n <= config.readReplicas; n++) {
      resources[ctx.derivedId(`Replica${n}`)] = instance({ SourceDBInstanceIdentifier: ref(id), PubliclyAccessible: false, VPCSecurityGroups: [groups.storeGroupId] });
    }
  }
  return {
    resources,
    outputs: {
      [ctx.derivedId('EndpointAddress')]: output(`Address of the database "${node.label}"`, getAtt(endpointOf, 'Endpoint.Address')),
      [ctx.derivedId('EndpointPort')]: output(`Port of the database "${node.label}"`, getAtt(endpointOf, 'Endpoint.Port')),
      [ctx.derivedId('MasterSecretArn')]: output(`Secret holding the master user's password of "${node.label}"`, getAtt(secretOf, 'MasterUserSecret.SecretArn')),
      ...groups.outputs,
    },
    notes,
  };
};

/** The setting an engine identifier stands for, editions included (oracle-ee, sqlserver-ex…). */
function engineOf(identifier: string | undefined): Engine | undefined {
  if (identifier === undefined) return undefined;
  if (identifier.startsWith('oracle-')) return 'Oracle';
  if (identifier.startsWith('sqlserver-')) return 'SQL Server';
  return (Object.keys(ENGINE) as Engine[]).find((engine) => ENGINE[engine] === identifier);
}

/**
 * Reads back what mapRds writes on the main instance, and the replicas that name it as their
 * source. Aurora keeps encryption on the cluster and its readers point at the cluster: those stay
 * at their defaults.
 */
function readRds(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const storage = plainString(p.AllocatedStorage) ?? plainNumber(p.AllocatedStorage);
  const replicas = view.referencing.filter((r) => r.type === 'AWS::RDS::DBInstance' && r.properties.SourceDBInstanceIdentifier !== undefined).length;
  return defined({
    engine: engineOf(plainString(p.Engine)),
    instanceClass: plainString(p.DBInstanceClass),
    storageGiB: storage === undefined || Number.isNaN(Number(storage)) ? undefined : Number(storage),
    multiAz: plainBoolean(p.MultiAZ),
    storageEncrypted: plainBoolean(p.StorageEncrypted),
    readReplicas: p.DBClusterIdentifier === undefined ? replicas : undefined,
  });
}

export const rdsMapping: KindMapping<'rds'> = {
  mainType: 'AWS::RDS::DBInstance',
  toCfn: mapRds,
  fromCfn: readRds,
};
