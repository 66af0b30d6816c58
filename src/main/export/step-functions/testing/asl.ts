import aslValidator from 'asl-validator';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { stateMachineBuilds, type StateMachineBuild } from '../index';

/**
 * Placeholders resolved the way CloudFormation would fill them, with plausible values of the right
 * kind: ARNs for `…Arn`, Batch ARNs for queues and definitions, names otherwise.
 */
export function resolvePlaceholders<T>(definition: T): T {
  const value = (key: string): string => {
    if (/JobQueue$/.test(key)) return `arn:aws:batch:us-east-1:123456789012:job-queue/${key}`;
    if (/JobDefinition$/.test(key)) return `arn:aws:batch:us-east-1:123456789012:job-definition/${key}:1`;
    if (/TaskArn$/.test(key)) return `arn:aws:datasync:us-east-1:123456789012:task/task-0123456789abcdef0`;
    if (/Arn$/.test(key)) return `arn:aws:states:us-east-1:123456789012:stateMachine:${key}`;
    return key.toLowerCase();
  };
  return JSON.parse(JSON.stringify(definition).replace(/\$\{([A-Za-z0-9]+)\}/g, (_all, key: string) => value(key))) as T;
}

/** asl-validator's errors for a definition (placeholders resolved first); empty when it is valid. */
export function aslErrors(definition: unknown): string[] {
  // The validator writes QueryLanguage into the states it checks: give it a copy.
  const result = aslValidator(resolvePlaceholders(structuredClone(definition)));
  return result.isValid ? [] : result.errors.map((e) => e.message);
}

/** The state machine the export makes of the step-functions node with this logical id. */
export function machine(pipeline: Pipeline, logicalId: string): StateMachineBuild {
  const built = stateMachineBuilds(pipeline)[logicalId];
  if (!built) throw new Error(`no state machine ${logicalId}`);
  return built;
}
