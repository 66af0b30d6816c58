import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ExportError } from '../../errors';
import { sourceEndpoint, targetEndpoint } from './dms-endpoints';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { network } from '../network';
import { completeItems, oneOf, plainArray, plainObject, plainString } from '../plain';
import { securityGroup } from '../security-groups';
import { getAtt, output, ref, type CfnResource } from '../template';

type Config = ConfigOf<'dms'>;
type Selection = Config['tableMappings'][number];

/** The task's table mappings as DMS reads them: one selection rule per setting, in order ("Table mapping", DMS user guide). */
export function tableMappingsJson(rules: readonly Selection[]): string {
  return JSON.stringify({
    rules: rules.map((rule, i) => ({
      'rule-type': 'selection',
      'rule-id': String(i + 1),
      'rule-name': String(i + 1),
      'object-locator': { 'schema-name': rule.schemaName, 'table-name': rule.tableName },
      'rule-action': rule.action,
    })),
  });
}

/** Selection rules read back from a TableMappings string; other rule types (transformations…) are not settings. */
function readTableMappings(text: string | undefined): Partial<Selection>[] {
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  return plainArray(plainObject(parsed)?.rules)
    .map(plainObject)
    .filter((rule) => rule?.['rule-type'] === 'selection')
    .map((rule) => {
      const locator = plainObject(rule?.['object-locator']);
      return { action: oneOf(rule?.['rule-action'], ['include', 'exclude'] as const), schemaName: plainString(locator?.['schema-name']), tableName: plainString(locator?.['table-name']) };
    });
}

/**
 * dms → AWS::DMS::ReplicationTask (main: migration type, table mappings) on an
 * AWS::DMS::ReplicationInstance (class, storage, Multi-AZ, never public) in its own
 * ReplicationSubnetGroup and security group, from a source endpoint on the connected database to
 * a target endpoint on the connected store. The instance joins the client security groups of the
 * RDS and OpenSearch stores it reaches.
 */
const mapDms: Mapper<'dms'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const sourceEdge = ctx.incoming.find((edge) => (edge.targetPort ?? 'rows') === 'rows' && ['onprem-database', 'rds'].includes(ctx.pipeline.nodes.find((n) => n.id === edge.source)?.kind ?? ''));
  const targetEdge = ctx.outgoing.find((edge) => (edge.sourcePort ?? 'rows') === 'rows');
  const sourceNode = ctx.pipeline.nodes.find((n) => n.id === sourceEdge?.source);
  const targetNode = ctx.pipeline.nodes.find((n) => n.id === targetEdge?.target);
  if (!sourceNode) throw new ExportError(`Cannot export: DMS ${nodeName(node)} has no source. Connect a database to it.`);
  if (!targetNode) throw new ExportError(`Cannot export: DMS ${nodeName(node)} has no target. Connect it to the store it replicates into.`);
  const source = sourceEndpoint(ctx, sourceNode);
  const target = targetEndpoint(ctx, targetNode);

  const subnetGroupId = ctx.derivedId('SubnetGroup');
  const groupId = ctx.derivedId('SecurityGroup');
  const instanceId = ctx.derivedId('Instance');
  const resources: Record<string, CfnResource> = {
    [subnetGroupId]: {
      Type: 'AWS::DMS::ReplicationSubnetGroup',
      Properties: { ReplicationSubnetGroupDescription: `Subnets of the replication instance of ${node.label}`, SubnetIds: network(ctx).subnetIds, Tags: [...ctx.tags] },
    },
    [groupId]: securityGroup(ctx, `DMS ${node.label}: no inbound traffic`),
    [instanceId]: {
      Type: 'AWS::DMS::ReplicationInstance',
      Properties: {
        ReplicationInstanceClass: config.replicationInstanceClass,
        AllocatedStorage: config.allocatedStorageGiB,
        MultiAZ: config.multiAz,
        PubliclyAccessible: false,
        ReplicationSubnetGroupIdentifier: ref(subnetGroupId),
        VpcSecurityGroupIds: [getAtt(groupId, 'GroupId'), ...source.clientGroups, ...target.clientGroups],
        Tags: [...ctx.tags],
      },
    },
    ...source.resources,
    ...target.resources,
    [id]: {
      Type: 'AWS::DMS::ReplicationTask',
      Properties: {
        MigrationType: config.migrationType,
        TableMappings: tableMappingsJson(config.tableMappings),
        ReplicationInstanceArn: ref(instanceId),
        SourceEndpointArn: ref(source.id),
        TargetEndpointArn: ref(target.id),
        Tags: [...ctx.tags],
      },
    },
  };
  return {
    resources,
    outputs: { [ctx.derivedId('TaskArn')]: output(`ARN of the DMS replication task "${node.label}"`, ref(id)) },
    notes: [
      `${nodeName(node)}: DMS creates replication subnet groups through the account role dms-vpc-role (AmazonDMSVPCManagementRole); create it once if it does not exist.`,
      ...source.notes,
      ...target.notes,
    ],
  };
};

/**
 * Reads back the migration type and selection rules of the task. The instance's class, storage and
 * Multi-AZ live on the replication instance, which the task names but which does not name the task,
 * so the import view does not show it: those settings keep their defaults.
 */
function readDms(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const migrationType = oneOf(p.MigrationType, ['full-load', 'cdc', 'full-load-and-cdc'] as const);
  const tableMappings = completeItems('dms', 'tableMappings', readTableMappings(plainString(p.TableMappings)));
  return { ...(migrationType ? { migrationType } : {}), ...(tableMappings ? { tableMappings } : {}) };
}

export const dmsMapping: KindMapping<'dms'> = {
  mainType: 'AWS::DMS::ReplicationTask',
  toCfn: mapDms,
  fromCfn: readDms,
};
