import { IOT_RULE_ACTIONS } from '../../../../shared/catalog/kinds/iot-core';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import { serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { ruleActions, type RuleAction } from './iot-actions';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { completeItems, defined, oneOf, plainArray, plainObject, plainString } from '../plain';
import { getAtt, output, ref, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'iot-core'>;
type Rule = Config['rules'][number];

/**
 * iot-core → one AWS::IoT::TopicRule per topic rule (its SQL, SQL version, an action per connected
 * target of each action type, its error action), the role the rules act with, and the permission
 * that lets IoT invoke each Lambda target. The first rule is the node's main resource. The MQTT
 * broker itself needs no resource.
 */
const mapIotCore: Mapper<'iot-core'> = (node, config, ctx) => {
  const notes: string[] = [];
  const roleId = ctx.derivedId('Role');
  const roleArn = getAtt(roleId, 'Arn');
  // Actions per rule first: a rule whose actions all lack a target is left out, so the main id goes to the first rule kept.
  const planned = config.rules.map((rule) => {
    const actions: RuleAction[] = [];
    for (const name of new Set(rule.actions)) {
      const found = ruleActions(ctx, name, rule.name, roleArn);
      if (found.length === 0) notes.push(`${nodeName(node)}: the ${name} action of rule ${rule.name} has no connected target; add it to the rule by hand.`);
      actions.push(...found);
    }
    const error = rule.errorAction === 'none' ? undefined : ruleActions(ctx, rule.errorAction, rule.name, roleArn)[0];
    if (rule.errorAction !== 'none' && !error) notes.push(`${nodeName(node)}: the ${rule.errorAction} error action of rule ${rule.name} has no connected target; add it by hand.`);
    return { rule, actions, error };
  });
  const kept = planned.filter((p) => p.actions.length > 0);
  for (const p of planned) if (p.actions.length === 0) notes.push(`${nodeName(node)}: rule ${p.rule.name} has no action with a connected target and is not exported.`);
  if (kept.length === 0) return { resources: {}, notes };

  const resources: Record<string, CfnResource> = {};
  const outputs: Record<string, ReturnType<typeof output>> = {};
  const statements: PolicyStatement[] = [];
  kept.forEach(({ rule, actions, error }, i) => {
    const ruleId = i === 0 ? ctx.logicalId : ctx.derivedId(`Rule${i + 1}`);
    resources[ruleId] = topicRule(ctx, ruleId, node.label, rule, actions, error);
    statements.push(...actions.flatMap((a) => a.statements), ...(error?.statements ?? []));
    for (const invoked of new Set([...actions, ...(error ? [error] : [])].flatMap((a) => a.invokes ?? []))) {
      resources[ctx.derivedId(`${invoked}Permission`)] = {
        Type: 'AWS::Lambda::Permission',
        Properties: { FunctionName: getAtt(invoked, 'Arn'), Action: 'lambda:InvokeFunction', Principal: 'iot.amazonaws.com', SourceAccount: ref('AWS::AccountId'), SourceArn: getAtt(ruleId, 'Arn') },
      };
    }
    outputs[ctx.derivedId(`${i === 0 ? '' : `Rule${i + 1}`}Arn`)] = output(`ARN of the topic rule ${rule.name} of "${node.label}"`, getAtt(ruleId, 'Arn'));
  });
  if (statements.length > 0) {
    resources[roleId] = serviceRole({ service: 'iot.amazonaws.com', description: `Lets the topic rules of "${node.label}" act on their targets.`, statements, tags: ctx.tags });
  }
  if (kept.some((p) => p.actions.some((a) => 'OpenSearch' in (a.action as object)))) {
    notes.push(`${nodeName(node)}: the OpenSearch rule action cannot deliver to a domain inside a VPC (AWS IoT developer guide, OpenSearch action), where the export puts domains; route those messages through Firehose or Lambda.`);
  }
  if (config.ingestPath === 'Basic Ingest') {
    notes.push(`${nodeName(node)}: devices publish with Basic Ingest to $aws/rules/<rule name>; their IoT policy must allow iot:Publish on those topics.`);
  }
  return { resources, outputs, notes };
};

function topicRule(ctx: MapperContext, ruleId: string, label: string, rule: Rule, actions: RuleAction[], error: RuleAction | undefined): CfnResource {
  const payload: Record<string, TemplateValue> = { Sql: rule.sql, AwsIotSqlVersion: rule.sqlVersion, RuleDisabled: false, Actions: actions.map((a) => a.action) };
  if (error) payload.ErrorAction = error.action;
  return {
    Type: 'AWS::IoT::TopicRule',
    Properties: {
      RuleName: ctx.parameter(`${ruleId}Name`, {
        Type: 'String',
        Description: `Name of the topic rule ${rule.name} of "${label}" (devices using Basic Ingest publish to $aws/rules/<name>).`,
        Default: rule.name,
        AllowedPattern: '^[a-zA-Z0-9_]{1,128}$',
        ConstraintDescription: 'letters, digits and underscores, at most 128',
      }),
      TopicRulePayload: payload,
      Tags: [...ctx.tags],
    },
  };
}

/** The action type of an action object: its one key, when the catalog knows it. */
const actionName = (action: unknown) => oneOf(Object.keys(plainObject(action) ?? {})[0], IOT_RULE_ACTIONS);

/** Reads back the rule of the main resource (each further rule is a resource of its own). */
function readIotCore(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const payload = plainObject(p.TopicRulePayload);
  const actions = [...new Set(plainArray(payload?.Actions).map(actionName))].filter((a) => a !== undefined);
  const rule = defined({
    name: plainString(p.RuleName),
    sql: plainString(payload?.Sql),
    sqlVersion: oneOf(payload?.AwsIotSqlVersion, ['2016-03-23', '2015-10-08', 'beta'] as const),
    actions: actions.length > 0 ? actions : undefined,
    errorAction: payload?.ErrorAction === undefined ? ('none' as const) : actionName(payload.ErrorAction),
  });
  return defined({ rules: completeItems('iot-core', 'rules', [rule]) });
}

export const iotCoreMapping: KindMapping<'iot-core'> = {
  mainType: 'AWS::IoT::TopicRule',
  toCfn: mapIotCore,
  fromCfn: readIotCore,
};
