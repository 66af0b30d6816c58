import { KINDS, type ConfigOf } from '../../../../shared/catalog/registry';
import { batchSubmitJob, datasyncStartTaskExecution, glueCrawlerRun, glueJobRun, lambdaInvoke, serviceRole, statesStartExecution } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { startTargets, type StartTarget } from '../../step-functions/targets';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainArray, plainNumber, plainObject, plainString } from '../plain';
import { exportsResource } from '../references';
import { getAtt, ref, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'schedule'>;
type Node = Parameters<Mapper<'schedule'>>[0];

/** How a schedule starts one target: the target's Arn and Input, and what the schedule's role needs for it. */
interface Start {
  arn: TemplateValue;
  input?: TemplateValue;
  /** Rules only: Batch targets are the job queue, with the job definition in BatchParameters. */
  batchParameters?: TemplateValue;
  grants: PolicyStatement[];
  /** Rules only: Lambda is invoked under the function's resource policy, not a role. */
  invokedByPermission?: boolean;
}

/** EventBridge Scheduler universal targets call any API: arn:aws:scheduler:::aws-sdk:<service>:<action> (Scheduler user guide, universal targets). */
const universal = (service: string, action: string): TemplateValue => sub(`arn:\${AWS::Partition}:scheduler:::aws-sdk:${service}:${action}`);

/** The target of an EventBridge Scheduler schedule, or why it cannot be one. */
function schedulerStart(target: StartTarget): Start | string {
  const id = target.logicalId;
  switch (target.kind) {
    case 'step-functions':
      // Templated target: StartExecution with this input.
      return { arn: ref(id), input: '{}', grants: statesStartExecution(id, false) };
    case 'lambda':
      return { arn: getAtt(id, 'Arn'), grants: lambdaInvoke(id) };
    case 'glue-etl-job':
      return { arn: universal('glue', 'startJobRun'), input: sub(`{"JobName":"\${${id}}"}`), grants: glueJobRun(id, false) };
    case 'glue-crawler':
      return { arn: universal('glue', 'startCrawler'), input: sub(`{"Name":"\${${id}}"}`), grants: glueCrawlerRun(id, false) };
    case 'batch-job':
      return {
        arn: universal('batch', 'submitJob'),
        input: sub(`{"JobName":"${id.slice(0, 128)}","JobDefinition":"\${${id}}","JobQueue":"\${${id}JobQueue}"}`),
        grants: batchSubmitJob(ref(id), ref(`${id}JobQueue`), false),
      };
    case 'datasync':
      return { arn: universal('datasync', 'startTaskExecution'), input: sub(`{"TaskArn":"\${${id}}"}`), grants: datasyncStartTaskExecution(id) };
    default:
      return `EventBridge Scheduler cannot start ${KINDS[target.kind].title}`;
  }
}

/** The target of a scheduled EventBridge rule, or why it cannot be one (rules reach fewer services: validator rule PW212). */
function ruleStart(target: StartTarget): Start | string {
  const id = target.logicalId;
  switch (target.kind) {
    case 'step-functions':
      return { arn: ref(id), input: '{}', grants: statesStartExecution(id, false) };
    case 'lambda':
      return { arn: getAtt(id, 'Arn'), grants: [], invokedByPermission: true };
    case 'batch-job':
      return { arn: ref(`${id}JobQueue`), batchParameters: { JobDefinition: ref(id), JobName: id.slice(0, 128) }, grants: batchSubmitJob(ref(id), ref(`${id}JobQueue`), false) };
    default:
      return `a scheduled EventBridge rule cannot start ${KINDS[target.kind].title}: use EventBridge Scheduler`;
  }
}

/** Scheduler and rule descriptions are at most 512 characters. */
const description = (node: Node, target: StartTarget): string => `Pipewright schedule "${node.label}": starts "${target.node.label}".`.slice(0, 512);

function retryPolicy(config: Config): TemplateValue {
  return { MaximumRetryAttempts: config.retryAttempts, MaximumEventAgeInSeconds: config.maxEventAgeSeconds };
}

function schedulerResource(node: Node, config: Config, target: StartTarget, start: Start, roleId: string): CfnResource {
  return {
    Type: 'AWS::Scheduler::Schedule',
    Properties: {
      Description: description(node, target),
      ScheduleExpression: config.expression,
      // No setting asks for a flexible window: start on time. Without a timezone, cron() reads UTC, like a rule's.
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: config.enabled ? 'ENABLED' : 'DISABLED',
      Target: { Arn: start.arn, RoleArn: getAtt(roleId, 'Arn'), ...(start.input === undefined ? {} : { Input: start.input }), RetryPolicy: retryPolicy(config) },
    },
  };
}

function ruleResource(node: Node, config: Config, target: StartTarget, start: Start, roleId: string, ctx: MapperContext): CfnResource {
  const ruleTarget: Record<string, TemplateValue> = { Id: target.logicalId.slice(0, 64), Arn: start.arn, RetryPolicy: retryPolicy(config) };
  if (!start.invokedByPermission) ruleTarget.RoleArn = getAtt(roleId, 'Arn');
  if (start.input !== undefined) ruleTarget.Input = start.input;
  if (start.batchParameters !== undefined) ruleTarget.BatchParameters = start.batchParameters;
  return {
    Type: 'AWS::Events::Rule',
    Properties: { Description: description(node, target), ScheduleExpression: config.expression, State: config.enabled ? 'ENABLED' : 'DISABLED', Targets: [ruleTarget], Tags: [...ctx.tags] },
  };
}

/**
 * schedule → one AWS::Scheduler::Schedule per started node (a schedule has one target), or with
 * the rule mechanism one AWS::Events::Rule per node; a role allowed only those starts, and for a
 * rule invoking Lambda the function's permission. The first target's resource is the main one.
 */
const mapSchedule: Mapper<'schedule'> = (node, config, ctx) => {
  const rule = config.mechanism === 'rule';
  const roleId = ctx.derivedId('Role');
  const resources: Record<string, CfnResource> = {};
  const grants: PolicyStatement[] = [];
  const notes: string[] = [];
  let needsRole = false;
  let main: string | undefined;
  for (const target of startTargets(ctx)) {
    const start = !exportsResource(target.kind) ? `${KINDS[target.kind].title} is not exported yet` : rule ? ruleStart(target) : schedulerStart(target);
    if (typeof start === 'string') {
      notes.push(`${nodeName(node)} does not start ${nodeName(target.node)}: ${start}.`);
      continue;
    }
    const id = main === undefined ? ctx.logicalId : ctx.derivedId(target.logicalId);
    main ??= id;
    resources[id] = rule ? ruleResource(node, config, target, start, roleId, ctx) : schedulerResource(node, config, target, start, roleId);
    grants.push(...start.grants);
    needsRole ||= !start.invokedByPermission;
    if (start.invokedByPermission) {
      resources[ctx.derivedId(`${target.logicalId}Permission`)] = {
        Type: 'AWS::Lambda::Permission',
        Properties: { Action: 'lambda:InvokeFunction', FunctionName: getAtt(target.logicalId, 'Arn'), Principal: 'events.amazonaws.com', SourceArn: getAtt(id, 'Arn') },
      };
    }
  }
  if (main === undefined) return { resources: {}, notes: [...notes, `${nodeName(node)} starts nothing the export can reach: no schedule was generated.`] };
  if (needsRole) {
    resources[roleId] = serviceRole({
      service: rule ? 'events.amazonaws.com' : 'scheduler.amazonaws.com',
      description: `Lets the schedule "${node.label}" start what it is connected to, and nothing else.`,
      statements: grants,
      tags: ctx.tags,
    });
  }
  return { resources, notes };
};

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const rule = view.main.type === 'AWS::Events::Rule';
  const target = rule ? plainObject(plainArray(p.Targets)[0]) : plainObject(p.Target);
  const retry = plainObject(target?.RetryPolicy);
  // Both resource types start ENABLED when State is left out.
  const state = p.State === undefined ? 'ENABLED' : oneOf(p.State, ['ENABLED', 'DISABLED'] as const);
  return defined({
    mechanism: rule ? ('rule' as const) : ('scheduler' as const),
    expression: plainString(p.ScheduleExpression),
    enabled: state === undefined ? undefined : state === 'ENABLED',
    retryAttempts: plainNumber(retry?.MaximumRetryAttempts),
    maxEventAgeSeconds: plainNumber(retry?.MaximumEventAgeInSeconds),
  });
}

export const scheduleMapping: KindMapping<'schedule'> = {
  mainType: 'AWS::Scheduler::Schedule',
  toCfn: mapSchedule,
  fromCfn,
};
