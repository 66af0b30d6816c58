import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { network } from '../network';
import { defined, plainBoolean, plainNumber, plainString } from '../plain';
import { storeSecurityGroups } from '../security-groups';
import { getAtt, output, ref, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'elasticache'>;

/** Engine identifiers and default ports (ElastiCache user guide). */
const ENGINE = { Valkey: 'valkey', 'Redis OSS': 'redis', Memcached: 'memcached' } as const satisfies Record<Config['engine'], string>;
const PORT: Record<Config['engine'], number> = { Valkey: 6379, 'Redis OSS': 6379, Memcached: 11211 };

/**
 * Cluster mode (more than one shard) needs a parameter group with cluster-enabled = yes; AWS's
 * defaults end in ".cluster.on" and belong to one engine version family, so cluster mode pins the
 * version of its default group.
 */
const CLUSTER_MODE = { Valkey: { version: '8.0', group: 'default.valkey8.cluster.on' }, 'Redis OSS': { version: '7.1', group: 'default.redis7.cluster.on' } } as const;

/** The Valkey / Redis OSS replication group: one shard with replicas, or several shards (cluster mode). */
function replicationGroup(node: Parameters<Mapper<'elasticache'>>[0], config: Config, engine: 'Valkey' | 'Redis OSS', key: TemplateValue | undefined, notes: string[]): Record<string, TemplateValue> {
  const properties: Record<string, TemplateValue> = { ReplicationGroupDescription: `${config.engine} cache ${node.label}`.slice(0, 255), Engine: ENGINE[engine], CacheNodeType: config.nodeType };
  if (config.shards > 1) {
    const mode = CLUSTER_MODE[engine];
    notes.push(`${nodeName(node)}: cluster mode (${config.shards} shards) uses the parameter group ${mode.group}, so the engine version is pinned to ${mode.version}.`);
    // Cluster mode requires automatic failover, even without replicas.
    Object.assign(properties, { NumNodeGroups: config.shards, ReplicasPerNodeGroup: config.replicasPerShard, AutomaticFailoverEnabled: true, EngineVersion: mode.version, CacheParameterGroupName: mode.group });
  } else {
    Object.assign(properties, { NumCacheClusters: 1 + config.replicasPerShard, AutomaticFailoverEnabled: config.replicasPerShard > 0 });
  }
  Object.assign(properties, { TransitEncryptionEnabled: config.encryptionInTransit, AtRestEncryptionEnabled: config.encryptionAtRest });
  if (config.encryptionAtRest && key !== undefined) properties.KmsKeyId = key;
  return properties;
}

/**
 * elasticache → AWS::ElastiCache::ReplicationGroup (Valkey, Redis OSS) or, for Memcached, which has
 * no replication groups, an AWS::ElastiCache::CacheCluster; both in their own subnet group and
 * security groups, encrypted as set. A cache is rebuilt from its sources, so it is not retained.
 */
const mapElasticache: Mapper<'elasticache'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const groups = storeSecurityGroups(ctx, `ElastiCache ${node.label}`, PORT[config.engine]);
  const subnetGroupId = ctx.derivedId('SubnetGroup');
  const key = encryptionKeyArn(ctx, node.id, '');
  const placement = { CacheSubnetGroupName: ref(subnetGroupId) };
  let main: CfnResource;
  if (config.engine === 'Memcached') {
    if (config.encryptionAtRest) notes.push(`${nodeName(node)}: Memcached has no encryption at rest; only Valkey and Redis OSS do.`);
    main = {
      Type: 'AWS::ElastiCache::CacheCluster',
      Properties: {
        Engine: ENGINE.Memcached,
        CacheNodeType: config.nodeType,
        NumCacheNodes: config.shards,
        TransitEncryptionEnabled: config.encryptionInTransit,
        ...placement,
        VpcSecurityGroupIds: [groups.storeGroupId],
        Tags: [...ctx.tags],
      },
    };
  } else {
    main = {
      Type: 'AWS::ElastiCache::ReplicationGroup',
      Properties: { ...replicationGroup(node, config, config.engine, key, notes), ...placement, SecurityGroupIds: [groups.storeGroupId], Tags: [...ctx.tags] },
    };
  }
  const endpoint = config.engine === 'Memcached' ? 'ConfigurationEndpoint.Address' : config.shards > 1 ? 'ConfigurationEndPoint.Address' : 'PrimaryEndPoint.Address';
  return {
    resources: {
      [id]: main,
      [subnetGroupId]: {
        Type: 'AWS::ElastiCache::SubnetGroup',
        Properties: { Description: `Subnets of the cache ${node.label}`.slice(0, 255), SubnetIds: network(ctx).subnetIds, Tags: [...ctx.tags] },
      },
      ...groups.resources,
    },
    outputs: { [ctx.derivedId('Endpoint')]: output(`Endpoint of the cache "${node.label}"`, getAtt(id, endpoint)), ...groups.outputs },
    notes,
  };
};

/** Reads back what mapElasticache writes, from the replication group or the Memcached cluster. */
function readElasticache(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const engine = (Object.keys(ENGINE) as Config['engine'][]).find((e) => ENGINE[e] === plainString(p.Engine)?.toLowerCase());
  if (engine === 'Memcached') {
    // Memcached keeps no data at rest to encrypt, and has no replicas.
    return defined({ engine, nodeType: plainString(p.CacheNodeType), shards: plainNumber(p.NumCacheNodes), replicasPerShard: 0, encryptionInTransit: plainBoolean(p.TransitEncryptionEnabled), encryptionAtRest: false });
  }
  const clusters = plainNumber(p.NumCacheClusters);
  const shards = plainNumber(p.NumNodeGroups);
  return defined({
    engine,
    nodeType: plainString(p.CacheNodeType),
    shards: shards ?? (clusters === undefined ? undefined : 1),
    replicasPerShard: shards !== undefined ? plainNumber(p.ReplicasPerNodeGroup) : clusters === undefined ? undefined : clusters - 1,
    encryptionInTransit: plainBoolean(p.TransitEncryptionEnabled),
    encryptionAtRest: plainBoolean(p.AtRestEncryptionEnabled),
  });
}

export const elasticacheMapping: KindMapping<'elasticache'> = {
  mainType: 'AWS::ElastiCache::ReplicationGroup',
  toCfn: mapElasticache,
  fromCfn: readElasticache,
};
