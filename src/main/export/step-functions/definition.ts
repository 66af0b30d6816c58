import type { ConfigOf } from '../../../shared/catalog/registry';
import type { PipelineNode } from '../../../shared/model/pipeline';
import { nodeName, type MapperContext } from '../cloudformation/mapper';
import type { CfnParameter, TemplateValue } from '../cloudformation/template';
import type { PolicyStatement } from '../iam/policy';
import { taskCalls } from './calls';
import { choiceRule } from './choice';
import { ADDED, INTEGRATIONS, RESOURCE_KIND, serviceErrors, userRetriers, type AslState, type Integration, type Json, type Pattern, type TaskResource } from './integrations';
import { planItems, StateNames, type Item, type TaskItem } from './plan';
import { startTargets, type StartTarget } from './targets';

type Config = ConfigOf<'step-functions'>;

/** A state machine definition in the Amazon States Language (JSONPath), as the export writes it. */
export type AslDefinition = {
  Comment: string;
  StartAt: string;
  TimeoutSeconds: number;
  States: Record<string, AslState>;
};

/** A state machine as the export writes it: the ASL with `${placeholders}`, what they stand for, and what its role needs. */
export interface StateMachineBuild {
  definition: AslDefinition;
  substitutions: Record<string, TemplateValue>;
  parameters: Record<string, CfnParameter>;
  grants: PolicyStatement[];
  notes: string[];
}

/** Why a Task `resource` setting is not exported; the others are in INTEGRATIONS. */
export const UNSUPPORTED: Partial<Record<TaskResource, string>> = {
  'elasticmapreduce:createCluster': 'the template deploys the cluster itself; use elasticmapreduce:addStep to run its steps',
  'sagemaker:createTransformJob': 'a transform job needs a model, which no setting names',
  'sagemaker:createProcessingJob': 'a processing job needs a container image and a script, which no setting names',
  'athena:startQueryExecution': 'no setting holds the query to run',
};

/** Crawls take minutes: poll once a minute (3 state transitions per poll). */
const CRAWL_POLL_SECONDS = 60;

type Group = [name: string, state: AslState][];
const link = (next: string | undefined): AslState => (next === undefined ? { End: true } : { Next: next });

class Builder {
  readonly substitutions: Record<string, TemplateValue> = {};
  readonly parameters: Record<string, CfnParameter> = {};
  readonly grants: PolicyStatement[] = [];
  readonly notes: string[] = [];
  readonly names: StateNames;
  private failName: string | undefined;

  constructor(
    private readonly node: PipelineNode,
    private readonly config: Config,
    private readonly ctx: MapperContext,
  ) {
    this.names = new StateNames(config.states.map((s) => s.name));
  }

  private note(text: string): void {
    this.notes.push(`${nodeName(this.node)}: ${text}`);
  }

  plan(targets: StartTarget[]): Item[] {
    return planItems(this.config.states, targets, this.names, (text) => this.note(text));
  }

  /**
   * Renders items last to first, so each knows the name of the state it goes on to; the grants and
   * notes each item adds are put back in execution order.
   */
  chain(items: readonly Item[], topLevel: boolean): { startAt?: string; states: Group } {
    const rendered: { group: Group; grants: PolicyStatement[]; notes: string[] }[] = [];
    let next: string | undefined;
    for (let i = items.length - 1; i >= 0; i--) {
      const [grants, notes] = [this.grants.length, this.notes.length];
      const group = this.item(items[i]!, next, topLevel);
      rendered.unshift({ group, grants: this.grants.splice(grants), notes: this.notes.splice(notes) });
      if (group.length > 0) next = group[0]![0];
    }
    for (const r of rendered) {
      this.grants.push(...r.grants);
      this.notes.push(...r.notes);
    }
    return { startAt: next, states: rendered.flatMap((r) => r.group) };
  }

  /** The state every caught error ends in, added once, on first use. */
  private catchAll(topLevel: boolean): AslState {
    if (!topLevel) return {}; // inside a branch, errors fail the branch and the Parallel or Map state catches them
    this.failName ??= this.names.claim('Step failed');
    return { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: this.failName }] };
  }

  failState(): Group {
    return this.failName === undefined ? [] : [[this.failName, { Type: 'Fail', Comment: `${ADDED}a step failed after its retries`, ErrorPath: '$.error.Error', CausePath: '$.error.Cause' }]];
  }

  private item(item: Item, next: string | undefined, topLevel: boolean): Group {
    switch (item.type) {
      case 'task':
        return this.task(item, next, topLevel);
      case 'parallel': {
        const branches = item.tasks.map((t) => this.chain([t], false)).filter((b) => b.startAt !== undefined);
        if (branches.length === 0) return [];
        const Branches = branches.map((b) => ({ StartAt: b.startAt!, States: Object.fromEntries(b.states) }));
        return [[item.name, { Type: 'Parallel', Branches, ResultPath: null, ...this.catchAll(topLevel), ...link(next) }]];
      }
      case 'map': {
        const body = this.chain([item.task], false);
        if (body.startAt === undefined) return [];
        const ItemProcessor = { ProcessorConfig: { Mode: 'INLINE' }, StartAt: body.startAt, States: Object.fromEntries(body.states) };
        return [[item.setting.name, { Type: 'Map', ItemProcessor, MaxConcurrency: item.setting.maxConcurrency, ResultPath: null, ...this.catchAll(topLevel), ...link(next) }]];
      }
      case 'state':
        return this.simple(item.setting, next);
    }
  }

  private simple(state: Extract<Item, { type: 'state' }>['setting'], next: string | undefined): Group {
    switch (state.type) {
      case 'Wait':
        return [[state.name, { Type: 'Wait', Seconds: state.seconds, ...link(next) }]];
      case 'Pass':
        return [[state.name, { Type: 'Pass', ...link(next) }]];
      case 'Succeed':
        return [[state.name, { Type: 'Succeed' }]];
      case 'Fail':
        return [[state.name, { Type: 'Fail' }]];
      case 'Parallel':
        return []; // plan() turns Parallel states into items of their own
      case 'Choice': {
        const rule = choiceRule(state.condition);
        if (!rule) {
          this.note(`the condition "${state.condition}" of the Choice state "${state.name}" is not one comparison such as $.rows > 0; the state is left out.`);
          return [];
        }
        // Condition met: go on; not met: the workflow ends here, successfully.
        const skipped = this.names.claim(`${state.name}: not met`);
        const met = next ?? this.names.claim(`${state.name}: met`);
        const ends: Group = [[skipped, { Type: 'Succeed', Comment: `${ADDED}the condition of "${state.name}" is not met` }]];
        if (next === undefined) ends.push([met, { Type: 'Succeed', Comment: `${ADDED}the condition of "${state.name}" is met` }]);
        return [[state.name, { Type: 'Choice', Choices: [{ ...rule, Next: met }], Default: skipped }], ...ends];
      }
      default: {
        const unknown: never = state;
        return unknown;
      }
    }
  }

  /** Standard workflows wait for jobs (.sync, or polling for crawlers); Express ones only start them (developer guide, Standard vs Express). */
  private pattern(integration: Integration, item: TaskItem): Pattern {
    const waits = integration.syncSuffix !== undefined || item.target.kind === 'glue-crawler';
    if (this.config.workflow.type === 'EXPRESS') {
      if (!item.setting && waits) this.note(`it starts ${nodeName(item.target.node)} without waiting for it to finish: Express workflows support only Request Response tasks.`);
      return 'request-response';
    }
    // Crawlers have no .sync: a Standard workflow polls them instead (see crawlPoll), as the next step usually reads their tables.
    if (item.target.kind === 'glue-crawler') {
      if (item.setting?.pattern === 'wait-for-callback') this.note(`the task "${item.name}": crawlers have no Wait for a Callback pattern; the workflow polls the crawler until it finishes.`);
      return 'sync';
    }
    if (!item.setting) return waits ? 'sync' : 'request-response';
    if (item.setting.pattern === 'wait-for-callback' && !integration.callback) {
      this.note(`the task "${item.name}": ${integration.resource} has no Wait for a Callback pattern; it goes on once the call returns.`);
      return 'request-response';
    }
    return item.setting.pattern;
  }

  private task(item: TaskItem, next: string | undefined, topLevel: boolean): Group {
    const integration = INTEGRATIONS[item.target.kind];
    // Without a setting, the first API the catalog lists for the kind (Athena has no integration: its query).
    const resource = item.setting?.resource ?? integration?.resource ?? (Object.keys(RESOURCE_KIND) as TaskResource[]).find((r) => RESOURCE_KIND[r] === item.target.kind)!;
    const unsupported = UNSUPPORTED[resource];
    if (!integration || unsupported) {
      this.note(`the task "${item.name}" (${resource}) is not exported: ${unsupported ?? 'no integration'}. Add it by hand.`);
      return [];
    }
    const pattern = this.pattern(integration, item);
    const calls = taskCalls(item.target, integration, pattern, this.ctx);
    if (typeof calls === 'string') {
      this.note(`the task "${item.name}" is left out: ${calls}.`);
      return [];
    }
    Object.assign(this.substitutions, calls.substitutions);
    Object.assign(this.parameters, calls.parameters);
    this.grants.push(...calls.grants);
    this.notes.push(...calls.notes);
    const poll = item.target.kind === 'glue-crawler' && pattern === 'sync';
    const tail = poll ? this.crawlPoll(item.name, calls.calls[0]!.Parameters, next, topLevel) : [];
    const after = tail[0]?.[0] ?? next;
    const names = calls.calls.map((call, i) => (i === 0 ? item.name : this.names.claim(`${item.name}: ${call.label ?? i + 1}`)));
    const retry = [integration.retry, ...userRetriers(item.setting?.retry ?? [])];
    const result: AslState = calls.outputPath ? { OutputPath: calls.outputPath } : { ResultPath: null };
    const group: Group = calls.calls.map((call, i) => [
      names[i]!,
      {
        Type: 'Task',
        ...(i > 0 ? { Comment: `${ADDED}step ${i + 1} of "${item.name}"` } : {}),
        Resource: call.Resource,
        Parameters: call.Parameters,
        ...result,
        Retry: retry,
        ...this.catchAll(topLevel),
        ...link(names[i + 1] ?? after),
      },
    ]);
    return [...group, ...tail];
  }

  /** Wait, GetCrawler, and go on once the crawler is READY again: on if the crawl SUCCEEDED, else fail. */
  private crawlPoll(name: string, startParameters: Json, next: string | undefined, topLevel: boolean): Group {
    const wait = this.names.claim(`${name}: wait`);
    const check = this.names.claim(`${name}: check`);
    const decide = this.names.claim(`${name}: finished?`);
    const failed = this.names.claim(`${name}: crawl failed`);
    const done = next ?? this.names.claim(`${name}: crawled`);
    const comment = `${ADDED}waits for the crawl started by "${name}"`;
    const group: Group = [
      [wait, { Type: 'Wait', Comment: comment, Seconds: CRAWL_POLL_SECONDS, Next: check }],
      [
        check,
        {
          Type: 'Task',
          Comment: comment,
          Resource: 'arn:aws:states:::aws-sdk:glue:getCrawler',
          Parameters: startParameters,
          ResultPath: '$.crawl',
          Retry: [serviceErrors('Glue.OperationTimeoutException')],
          ...this.catchAll(topLevel),
          Next: decide,
        },
      ],
      [
        decide,
        {
          Type: 'Choice',
          Comment: comment,
          // Rules are tried in order: LastCrawl is read only once the crawler is READY, when it exists.
          Choices: [
            { Not: { Variable: '$.crawl.Crawler.State', StringEquals: 'READY' }, Next: wait },
            { Variable: '$.crawl.Crawler.LastCrawl.Status', StringEquals: 'SUCCEEDED', Next: done },
          ],
          Default: failed,
        },
      ],
      [failed, { Type: 'Fail', Comment: comment, Error: 'Glue.CrawlFailed', Cause: `The crawl started by "${name}" did not succeed: see the crawler's last crawl` }],
    ];
    if (next === undefined) group.push([done, { Type: 'Succeed', Comment: comment }]);
    return group;
  }
}

/**
 * The ASL of a step-functions node: its states in order, a Task per started node (Retry on service
 * errors, then the settings' retriers; Catch to one Fail state), and the execution timeout. When
 * nothing is left to run (the notes say why) the machine is one Succeed state, so that callers and
 * schedules referring to it still deploy.
 */
export function buildStateMachine(node: PipelineNode, config: Config, ctx: MapperContext): StateMachineBuild {
  const builder = new Builder(node, config, ctx);
  const { startAt, states } = builder.chain(builder.plan(startTargets(ctx)), true);
  const definition: AslDefinition = { Comment: `Pipewright workflow "${node.label}"`, StartAt: startAt ?? '', TimeoutSeconds: config.workflow.timeoutSeconds, States: {} };
  if (startAt === undefined) {
    builder.notes.push(`${nodeName(node)} has no state the export can run: its state machine only succeeds.`);
    definition.StartAt = builder.names.claim('Nothing to run');
    definition.States[definition.StartAt] = { Type: 'Succeed', Comment: `${ADDED}no state of this workflow could be exported` };
  } else {
    definition.States = Object.fromEntries([...states, ...builder.failState()]);
  }
  return { definition, substitutions: builder.substitutions, parameters: builder.parameters, grants: builder.grants, notes: builder.notes };
}
