import type { ConfigOf } from '../../../../shared/catalog/registry';
import { defined, oneOf, plainArray, plainObject, plainString } from '../plain';
import type { TemplateValue } from '../template';

type Step = ConfigOf<'emr-cluster'>['steps'][number];

/**
 * EMR steps as StepConfig and back. A step's script setting is the S3 location of its script or
 * JAR followed by its arguments; command-runner.jar runs the script types ("Run commands and
 * scripts on an Amazon EMR cluster", EMR management guide).
 */

const COMMAND_RUNNER = 'command-runner.jar';

/** The command-runner arguments that come before the script location, per step type. */
const RUNNER_ARGS: Record<Exclude<Step['type'], 'CustomJar'>, readonly string[]> = {
  Spark: ['spark-submit'],
  Hive: ['hive-script', '--run-hive-script', '--args', '-f'],
  Pig: ['pig-script', '--run-pig-script', '--args', '-f'],
  Streaming: ['hadoop-streaming'],
};

const words = (text: string): string[] => text.trim().split(/\s+/).filter((w) => w !== '');

export function stepConfig(step: Step): TemplateValue {
  const [location = '', ...args] = words(step.script);
  const jar = step.type === 'CustomJar' ? { Jar: location, ...(args.length > 0 ? { Args: args } : {}) } : { Jar: COMMAND_RUNNER, Args: [...RUNNER_ARGS[step.type], location, ...args] };
  return { Name: step.name, ActionOnFailure: step.actionOnFailure, HadoopJarStep: jar };
}

/** The step type whose runner arguments start `args`, and what follows them. */
function runnerStep(args: readonly string[]): { type: Step['type']; script: string[] } | undefined {
  for (const [type, prefix] of Object.entries(RUNNER_ARGS) as [Step['type'], readonly string[]][]) {
    if (prefix.every((word, i) => args[i] === word)) return { type, script: args.slice(prefix.length) };
  }
  return undefined;
}

/**
 * Steps read back from StepConfig, each with what could be read (completeItems fills the rest);
 * a step in another shape (another JAR runner, intrinsic values) is skipped.
 */
export function readSteps(value: unknown): Partial<Step>[] {
  return plainArray(value).flatMap((item): Partial<Step>[] => {
    const step = plainObject(item);
    const jarStep = plainObject(step?.HadoopJarStep);
    const jar = plainString(jarStep?.Jar);
    const args = plainArray(jarStep?.Args);
    if (jar === undefined || !args.every((a): a is string => typeof a === 'string')) return [];
    const common = defined({ name: plainString(step?.Name), actionOnFailure: oneOf(step?.ActionOnFailure, ['CONTINUE', 'CANCEL_AND_WAIT', 'TERMINATE_CLUSTER'] as const) });
    if (jar !== COMMAND_RUNNER) return [{ ...common, type: 'CustomJar', script: [jar, ...args].join(' ') }];
    const runner = runnerStep(args);
    return runner ? [{ ...common, type: runner.type, script: runner.script.join(' ') }] : [];
  });
}
