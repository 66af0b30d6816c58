import { KINDS, type ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { logsWrite, redshiftDataApi, serviceRole, vpcNetworkInterfaces } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { eventSources } from './lambda-sources';
import { logGroup } from '../log-group';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { network } from '../network';
import { defined, oneOf, plainNumber } from '../plain';
import { WORKGROUP_SUFFIX } from './redshift-serverless';
import { clientSecurityGroupOf, securityGroup } from '../security-groups';
import { constantCase, streamWrites } from '../stream-writes';
import { getAtt, output, ref, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'lambda'>;

/**
 * A placeholder handler for the runtimes CloudFormation can take inline (ZipFile: Node.js and
 * Python), so the stack deploys and the wiring can be tested; other runtimes take their package from S3.
 */
const INLINE: Partial<Record<string, { handler: string; code: string }>> = {
  python: {
    handler: 'index.handler',
    code: ['# Placeholder written by Pipewright: replace it with the function\'s code.', 'def handler(event, context):', '    print(f"received {len(event.get(\'Records\', []))} records")', ''].join('\n'),
  },
  nodejs: {
    handler: 'index.handler',
    code: ['// Placeholder written by Pipewright: replace it with the function\'s code.', 'exports.handler = async (event) => {', '  console.log(`received ${(event.Records ?? []).length} records`);', '};', ''].join('\n'),
  },
};

/** Handlers by runtime family, as each runtime's "Define the Lambda function handler" page names them, for packages from S3. */
const DEFAULT_HANDLER: Record<string, string> = { java: 'example.Handler::handleRequest', dotnet: 'Function::Function.Function::FunctionHandler', ruby: 'function.handler', provided: 'bootstrap' };

const family = (runtime: Config['runtime']): string => /^[a-z]+/.exec(runtime)![0];

/** Code and handler: inline for Node.js and Python, else an S3 package and handler named by parameters. */
function code(ctx: MapperContext, node: PipelineNode, config: Config): { Code: TemplateValue; Handler: TemplateValue } {
  const inline = INLINE[family(config.runtime)];
  if (inline) return { Code: { ZipFile: inline.code }, Handler: inline.handler };
  const id = ctx.logicalId;
  return {
    Code: {
      S3Bucket: ctx.parameter(`${id}CodeS3Bucket`, { Type: 'String', Description: `Bucket holding the deployment package of "${node.label}".`, AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' }),
      S3Key: ctx.parameter(`${id}CodeS3Key`, { Type: 'String', Description: `Key of the deployment package (.zip or .jar) of "${node.label}".`, MinLength: 1 }),
    },
    Handler: ctx.parameter(`${id}Handler`, { Type: 'String', Description: `Handler of "${node.label}" (${config.runtime}).`, Default: DEFAULT_HANDLER[family(config.runtime)] ?? 'index.handler' }),
  };
}

/**
 * Stores only reachable inside the VPC (RDS, ElastiCache, OpenSearch) and S3 gateway endpoints put the
 * function in the pipeline's VPC, in the stores' client security groups (or a group of its own).
 */
function vpc(ctx: MapperContext, notes: string[], node: PipelineNode): { config?: TemplateValue; resources: Record<string, CfnResource> } {
  const stores = [...ctx.targetsOfKind('rds'), ...ctx.targetsOfKind('elasticache'), ...ctx.targetsOfKind('opensearch')];
  const viaEndpoint = [...ctx.incoming.map((e) => e.source), ...ctx.outgoing.map((e) => e.target)].some((id) => ctx.pipeline.nodes.find((n) => n.id === id)?.kind === 'vpc-endpoint');
  if (stores.length === 0 && !viaEndpoint) return { resources: {} };
  const groups: TemplateValue[] = stores.map((store) => clientSecurityGroupOf(store.logicalId));
  const resources: Record<string, CfnResource> = {};
  if (groups.length === 0) {
    const groupId = ctx.derivedId('SecurityGroup');
    resources[groupId] = securityGroup(ctx, `Lambda ${node.label}: no inbound rule, outbound open`);
    groups.push(getAtt(groupId, 'GroupId'));
  }
  for (const store of ctx.targetsOfKind('rds')) {
    notes.push(`${nodeName(node)}: create a database user for it in ${nodeName(store.node)} and pass its credentials (a secret it may read); the export grants none.`);
  }
  notes.push(`${nodeName(node)} runs in the pipeline's VPC: it reaches AWS APIs other than S3 through a NAT gateway or interface VPC endpoints.`);
  return { config: { SubnetIds: network(ctx).subnetIds, SecurityGroupIds: groups }, resources };
}

/** The Redshift Data API on each warehouse the function writes to (no VPC needed), and where the warehouse is. */
function redshiftWrites(ctx: MapperContext): { statements: PolicyStatement[]; locations: Record<string, TemplateValue> } {
  const statements: PolicyStatement[] = [];
  const locations: Record<string, TemplateValue> = {};
  for (const warehouse of ctx.targetsOfKind('redshift')) {
    const name = constantCase(warehouse.logicalId);
    const database = ref(`${warehouse.logicalId}DatabaseName`);
    locations[`${name}_DATABASE`] = database;
    if (warehouse.config.deployment.mode === 'serverless') {
      const workgroup = `${warehouse.logicalId}${WORKGROUP_SUFFIX}`;
      statements.push(...redshiftDataApi({ workgroupArn: getAtt(workgroup, 'Workgroup.WorkgroupArn') }));
      locations[`${name}_WORKGROUP`] = getAtt(workgroup, 'Workgroup.WorkgroupName');
    } else {
      statements.push(...redshiftDataApi({ cluster: warehouse.logicalId, databaseName: database }));
      locations[`${name}_CLUSTER`] = ref(warehouse.logicalId);
    }
  }
  return { statements, locations };
}

/**
 * lambda → AWS::Lambda::Function (runtime, memory, timeout, reserved concurrency), its log group
 * with retention, its execution role (logs, event source reads, writes to its targets), event
 * source mappings for the streams it reads, and the VPC placement its targets need.
 */
const mapLambda: Mapper<'lambda'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const roleId = ctx.derivedId('Role');
  const logGroupId = ctx.derivedId('LogGroup');
  const sources = eventSources(ctx, node, config);
  const notes = [...sources.notes];
  const writes = streamWrites(ctx);
  const warehouses = redshiftWrites(ctx);
  const placement = vpc(ctx, notes, node);
  const statements = [...logsWrite(logGroupId), ...sources.statements, ...writes.statements, ...warehouses.statements, ...(placement.config ? vpcNetworkInterfaces() : [])];
  const locations = { ...writes.locations, ...warehouses.locations };

  const properties: Record<string, TemplateValue> = {
    Description: `Pipewright pipeline function "${node.label}"`.slice(0, 256),
    Runtime: config.runtime,
    ...code(ctx, node, config),
    MemorySize: config.memoryMiB,
    Timeout: config.timeoutSeconds,
    Role: getAtt(roleId, 'Arn'),
    // A log group of its own, with retention, rather than the one Lambda would create without expiry.
    LoggingConfig: { LogGroup: ref(logGroupId), LogFormat: 'Text' },
  };
  if (config.concurrency.mode === 'reserved') properties.ReservedConcurrentExecutions = config.concurrency.executions;
  if (Object.keys(locations).length > 0) properties.Environment = { Variables: locations };
  if (placement.config) properties.VpcConfig = placement.config;
  properties.Tags = [...ctx.tags];

  return {
    resources: {
      [id]: { Type: 'AWS::Lambda::Function', Properties: properties },
      [roleId]: serviceRole({ service: 'lambda.amazonaws.com', description: `Execution role of the Lambda function "${node.label}".`, statements, tags: ctx.tags }),
      [logGroupId]: logGroup(ctx, '/aws/lambda'),
      ...sources.resources,
      ...placement.resources,
    },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the Lambda function "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the Lambda function "${node.label}"`, getAtt(id, 'Arn')),
    },
    notes,
  };
};

/** Reads back the function's settings and those of its first stream event source mapping. */
function readLambda(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const mapping = view.referencing.find((r) => r.type === 'AWS::Lambda::EventSourceMapping')?.properties;
  const reserved = plainNumber(p.ReservedConcurrentExecutions);
  const runtime = typeof p.Runtime === 'string' ? KINDS.lambda.config.shape.runtime.safeParse(p.Runtime) : undefined;
  return defined({
    runtime: runtime?.success ? runtime.data : undefined,
    memoryMiB: plainNumber(p.MemorySize),
    timeoutSeconds: plainNumber(p.Timeout),
    concurrency: reserved === undefined ? { mode: 'unreserved' as const } : { mode: 'reserved' as const, executions: reserved },
    batchSize: plainNumber(mapping?.BatchSize),
    batchingWindowSeconds: plainNumber(mapping?.MaximumBatchingWindowInSeconds),
    parallelizationFactor: plainNumber(mapping?.ParallelizationFactor),
    startingPosition: oneOf(mapping?.StartingPosition, ['LATEST', 'TRIM_HORIZON'] as const),
  });
}

export const lambdaMapping: KindMapping<'lambda'> = {
  mainType: 'AWS::Lambda::Function',
  toCfn: mapLambda,
  fromCfn: readLambda,
};
