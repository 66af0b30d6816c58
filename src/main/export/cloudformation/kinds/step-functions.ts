import { STEP_FUNCTIONS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/step-functions';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import { serviceRole, stepFunctionsLogDelivery } from '../../iam/grants';
import { buildStateMachine } from '../../step-functions/definition';
import { readStates } from '../../step-functions/read-back';
import { logGroup } from '../log-group';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { completeItems, defined, oneOf, plainNumber, plainObject, plainString, type Plain } from '../plain';
import { getAtt, output, ref, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'step-functions'>;

const LOGGING_LEVELS = ['OFF', 'ERROR', 'FATAL', 'ALL'] as const;

/** Step Functions' recommended prefix for log groups it delivers to, which keeps the CloudWatch Logs resource policy short (developer guide, bp-cwl). */
const LOG_GROUP_PREFIX = '/aws/vendedlogs/states';

/** What the settings say that the state machine resource cannot. */
function unexpressed(node: Parameters<Mapper<'step-functions'>>[0], config: Config): string[] {
  const notes: string[] = [];
  if (config.workflow.type !== 'EXPRESS') return notes;
  if (config.loggingLevel === 'OFF') notes.push(`${nodeName(node)}: an Express workflow keeps no execution history of its own, and its logging is OFF: set Logging to ERROR or ALL to see its runs.`);
  if (config.workflow.invocation === 'synchronous') {
    notes.push(`${nodeName(node)}: synchronous invocation is chosen by the caller (StartSyncExecution, permission states:StartSyncExecution); the state machine itself cannot require it.`);
  }
  return notes;
}

/**
 * step-functions → AWS::StepFunctions::StateMachine: the ASL definition (names and ARNs as
 * DefinitionSubstitutions), its type, logging to its own log group, and a role allowed exactly the
 * calls its tasks make, on the started resources.
 */
const mapStepFunctions: Mapper<'step-functions'> = (node, config, ctx) => {
  const build = buildStateMachine(node, config, ctx);
  const id = ctx.logicalId;
  const roleId = ctx.derivedId('Role');
  for (const [name, spec] of Object.entries(build.parameters)) ctx.parameter(name, spec);

  const resources: Record<string, CfnResource> = {};
  const properties: Record<string, TemplateValue> = {
    StateMachineType: config.workflow.type,
    RoleArn: getAtt(roleId, 'Arn'),
    // ASL uses null (ResultPath: null keeps a state's input), which TemplateValue does not model.
    Definition: build.definition as unknown as TemplateValue,
  };
  if (Object.keys(build.substitutions).length > 0) properties.DefinitionSubstitutions = build.substitutions;
  const logging = config.loggingLevel !== 'OFF';
  if (logging) {
    const logsId = ctx.derivedId('Logs');
    resources[logsId] = logGroup(ctx, LOG_GROUP_PREFIX);
    properties.LoggingConfiguration = { Level: config.loggingLevel, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: getAtt(logsId, 'Arn') } }] };
  }
  properties.Tags = [...ctx.tags];
  resources[id] = { Type: 'AWS::StepFunctions::StateMachine', Properties: properties };
  resources[roleId] = serviceRole({
    service: 'states.amazonaws.com',
    description: `Lets the Step Functions workflow "${node.label}" start and watch the jobs it runs${logging ? ' and deliver its logs' : ''}.`,
    statements: [...build.grants, ...(logging ? stepFunctionsLogDelivery() : [])],
    tags: ctx.tags,
  });
  return {
    resources,
    outputs: {
      [ctx.derivedId('Arn')]: output(`ARN of the state machine "${node.label}"`, ref(id)),
      [ctx.derivedId('Name')]: output(`Name of the state machine "${node.label}"`, getAtt(id, 'Name')),
    },
    notes: [...build.notes, ...unexpressed(node, config)],
  };
};

/** The definition as an object: written inline, or as a JSON string (DefinitionString). */
function definitionOf(properties: Plain): Plain | undefined {
  const inline = plainObject(properties.Definition);
  if (inline) return inline;
  const text = plainString(properties.DefinitionString);
  if (text === undefined) return undefined;
  try {
    return plainObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const type = p.StateMachineType === undefined ? 'STANDARD' : oneOf(p.StateMachineType, ['STANDARD', 'EXPRESS'] as const);
  const definition = definitionOf(p);
  // Without TimeoutSeconds an execution runs until the type's own limit.
  const limit = type === 'EXPRESS' ? L.expressMaxDurationSeconds.value : L.standardMaxDurationSeconds.value;
  const timeoutSeconds = definition ? (plainNumber(definition.TimeoutSeconds) ?? limit) : undefined;
  const logging = p.LoggingConfiguration === undefined ? { Level: 'OFF' } : plainObject(p.LoggingConfiguration);
  return defined({
    workflow: type === undefined ? undefined : defined({ type, timeoutSeconds }),
    states: definition ? completeItems('step-functions', 'states', readStates(definition)) : undefined,
    loggingLevel: oneOf(logging?.Level, LOGGING_LEVELS),
  }) as DeepPartial<Config>;
}

export const stepFunctionsMapping: KindMapping<'step-functions'> = {
  mainType: 'AWS::StepFunctions::StateMachine',
  toCfn: mapStepFunctions,
  fromCfn,
};
