import type { ConfigOf } from '../../../../shared/catalog/registry';
import { nodeName, type DeepPartial, type ImportView } from '../mapper';
import { network } from '../network';
import { defined, plainBoolean, plainNumber } from '../plain';
import type { Warehouse } from './redshift';
import { readEncryption, REDSHIFT_PORT } from './redshift';
import { getAtt, output, ref, retained, type TemplateValue } from '../template';

type Config = ConfigOf<'redshift'>;
type Serverless = Extract<Config['deployment'], { mode: 'serverless' }>;

/** The workgroup's logical id is the namespace's plus this (the namespace holds the data, so it is the main resource). */
export const WORKGROUP_SUFFIX = 'Workgroup';

/** A name Serverless accepts (3–64 of a-z, 0-9, -) from a node label, for the name parameter's default. */
function serverlessName(label: string, fallback: string): string {
  const name = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return name.length >= 3 ? name : fallback;
}

/**
 * A Serverless namespace (the data: database, admin user, key, roles; retained) and its workgroup
 * (the compute: capacity, network). Both need a name; one parameter names both.
 */
export function redshiftServerless(w: Warehouse, deployment: Serverless): void {
  const { ctx, node, config } = w;
  const id = ctx.logicalId;
  const workgroupId = ctx.derivedId(WORKGROUP_SUFFIX);
  const name = ctx.parameter(`${id}NamespaceName`, {
    Type: 'String',
    Description: `Name of the Redshift Serverless namespace and workgroup "${node.label}".`,
    Default: serverlessName(node.label, 'warehouse'),
    AllowedPattern: '^[a-z0-9-]{3,64}$',
    ConstraintDescription: '3 to 64 lower-case letters, digits or hyphens',
  });
  const role = w.roleId ? getAtt(w.roleId, 'Arn') : undefined;
  w.resources[id] = retained({
    Type: 'AWS::RedshiftServerless::Namespace',
    Properties: {
      NamespaceName: name,
      DbName: w.databaseName,
      AdminUsername: w.adminUsername,
      ManageAdminPassword: true,
      ...(w.keyArn !== undefined ? { KmsKeyId: w.keyArn, AdminPasswordSecretKmsKeyId: w.keyArn } : {}),
      ...(role ? { IamRoles: [role], DefaultIamRoleArn: role } : {}),
      Tags: [...ctx.tags],
    },
  });
  const properties: Record<string, TemplateValue> = {
    WorkgroupName: name,
    // Ref of a namespace is its name, and makes the workgroup wait for it.
    NamespaceName: ref(id),
    BaseCapacity: deployment.baseRpu,
    ...(deployment.maxRpu !== null ? { MaxCapacity: deployment.maxRpu } : {}),
    EnhancedVpcRouting: config.enhancedVpcRouting,
    PubliclyAccessible: false,
    Port: REDSHIFT_PORT,
    SubnetIds: network(ctx).subnetIds,
    SecurityGroupIds: [w.securityGroupId],
    Tags: [...ctx.tags],
  };
  w.resources[workgroupId] = { Type: 'AWS::RedshiftServerless::Workgroup', Properties: properties };
  Object.assign(w.outputs, {
    [ctx.derivedId('EndpointAddress')]: output(`Address of the Redshift Serverless workgroup "${node.label}"`, getAtt(workgroupId, 'Workgroup.Endpoint.Address')),
    // The port is set above; its attribute is an integer, which outputs (strings) cannot take.
    [ctx.derivedId('EndpointPort')]: output(`Port of the Redshift Serverless workgroup "${node.label}"`, String(REDSHIFT_PORT)),
  });
  // "Redshift Serverless considerations": a workgroup needs subnets in at least three Availability Zones.
  w.notes.push(`${nodeName(node)}: Redshift Serverless needs the SubnetIds parameter to list subnets in at least three Availability Zones.`);
}

/** Settings from a namespace (encryption) and the workgroup that names it (capacity, routing). */
export function readServerless(view: ImportView): DeepPartial<Config> {
  const workgroup = view.referencing.find((r) => r.type === 'AWS::RedshiftServerless::Workgroup')?.properties;
  const maxRpu = plainNumber(workgroup?.MaxCapacity);
  return defined({
    deployment: workgroup
      ? defined({ mode: 'serverless' as const, baseRpu: plainNumber(workgroup.BaseCapacity), maxRpu: maxRpu ?? (workgroup.MaxCapacity === undefined ? null : undefined) })
      : undefined,
    // A namespace is always encrypted: with its KmsKeyId, or AWS's key.
    encryption: readEncryption(true, view.main.properties.KmsKeyId),
    enhancedVpcRouting: plainBoolean(workgroup?.EnhancedVpcRouting),
  });
}
