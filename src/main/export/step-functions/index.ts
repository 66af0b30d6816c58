import type { Pipeline } from '../../../shared/model/pipeline';
import { parseConfig } from '../cloudformation/config';
import { mapperContext } from '../cloudformation/context';
import { LogicalIds } from '../cloudformation/logical-ids';
import type { CfnParameter } from '../cloudformation/template';
import { ExportError } from '../errors';
import { buildStateMachine, type AslDefinition, type StateMachineBuild } from './definition';

export { buildStateMachine, type AslDefinition, type StateMachineBuild } from './definition';
export { readStates } from './read-back';

/** What the export makes of each step-functions node, by the logical id its CloudFormation export gives it. */
export function stateMachineBuilds(pipeline: Pipeline): Record<string, StateMachineBuild> {
  const ids = new LogicalIds(pipeline.nodes);
  const parameters = new Map<string, CfnParameter>();
  const builds: Record<string, StateMachineBuild> = {};
  for (const node of pipeline.nodes) {
    if (node.kind !== 'step-functions') continue;
    const ctx = mapperContext(pipeline, ids, node, parameters);
    builds[ctx.logicalId] = buildStateMachine(node, parseConfig('step-functions', node), ctx);
  }
  return builds;
}

/**
 * Every state machine of the pipeline, by logical id, with `${…}` placeholders for the names and
 * ARNs the CloudFormation export fills in (its DefinitionSubstitutions).
 */
export function stateMachineDefinitions(pipeline: Pipeline): Record<string, AslDefinition> {
  return Object.fromEntries(Object.entries(stateMachineBuilds(pipeline)).map(([id, build]) => [id, build.definition]));
}

/**
 * The `asl` export: Amazon States Language JSON. One state machine: its definition, ready for the
 * console or `aws stepfunctions create-state-machine`. Several: an object of definitions keyed by
 * logical id (as in the CloudFormation export). `${Name}` placeholders stand for the deployed
 * resources (e.g. `${RawToParquetJobName}`): replace them, or deploy through the CloudFormation
 * export, whose DefinitionSubstitutions fill them in.
 */
export function renderAsl(pipeline: Pipeline): string {
  const machines = stateMachineDefinitions(pipeline);
  const definitions = Object.values(machines);
  if (definitions.length === 0) throw new ExportError(`"${pipeline.name.replace(/\s+/g, ' ').trim()}" has no Step Functions workflow to export as Amazon States Language.`);
  return `${JSON.stringify(definitions.length === 1 ? definitions[0] : machines, null, 2)}\n`;
}
