import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import type { DeepPartial, ImportedResource, MapperContext } from '../mapper';
import { nodeName } from '../mapper';
import { oneOf, plainArray, plainObject, plainString } from '../plain';
import { ref, tagMap, type CfnResource, type TemplateValue } from '../template';

type Trigger = ConfigOf<'glue-etl-job'>['trigger'];
type Watch = Extract<Trigger, { type: 'conditional' }>['watch'][number];

/** Crawler runs end in CrawlState values (Glue API, Condition): a stopped crawl is CANCELLED, and crawls have no TIMEOUT. */
const CRAWL_STATE: Record<Watch['state'], string | undefined> = { SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED', STOPPED: 'CANCELLED', TIMEOUT: undefined };

/** A watched job or crawler: the pipeline's node of that name (its deployed name, by Ref) or the name as written. */
function watchedName(ctx: MapperContext, watch: Watch): TemplateValue {
  const kind = watch.kind === 'job' ? 'glue-etl-job' : 'glue-crawler';
  const node = ctx.pipeline.nodes.find((n) => n.kind === kind && n.label === watch.name);
  const logicalId = node && ctx.logicalIdOf(node.id);
  return logicalId !== undefined ? ref(logicalId) : watch.name;
}

/**
 * The AWS::Glue::Trigger of a job's own trigger setting: SCHEDULED (cron) or CONDITIONAL (on other
 * jobs' or crawlers' final states). On demand needs none; Step Functions and schedule nodes start
 * the job from their side.
 */
export function glueTrigger(ctx: MapperContext, node: PipelineNode, trigger: Trigger): { resource?: CfnResource; notes: string[] } {
  const common = { Actions: [{ JobName: ref(ctx.logicalId) }], StartOnCreation: true, Tags: tagMap(ctx.tags) };
  if (trigger.type === 'scheduled') return { resource: { Type: 'AWS::Glue::Trigger', Properties: { Type: 'SCHEDULED', Schedule: trigger.cron, ...common } }, notes: [] };
  if (trigger.type !== 'conditional') return { notes: [] };
  const notes: string[] = [];
  const conditions = trigger.watch.flatMap((watch): TemplateValue[] => {
    const name = watchedName(ctx, watch);
    if (watch.kind === 'job') return [{ LogicalOperator: 'EQUALS', JobName: name, State: watch.state }];
    const state = CRAWL_STATE[watch.state];
    if (state === undefined) notes.push(`${nodeName(node)}: crawls do not end in ${watch.state}; the condition on crawler ${watch.name} is left out.`);
    return state === undefined ? [] : [{ LogicalOperator: 'EQUALS', CrawlerName: name, CrawlState: state }];
  });
  if (conditions.length === 0) return { notes };
  const predicate = { Logical: trigger.logical === 'ALL' ? 'AND' : 'ANY', Conditions: conditions };
  return { resource: { Type: 'AWS::Glue::Trigger', Properties: { Type: 'CONDITIONAL', Predicate: predicate, ...common } }, notes };
}

/** A condition read back as a watched run, when its name and state are plain values. */
function readCondition(condition: unknown): Watch | undefined {
  const c = plainObject(condition);
  const job = plainString(c?.JobName);
  const crawler = plainString(c?.CrawlerName);
  if (job !== undefined) {
    const state = oneOf(c?.State, ['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT'] as const);
    return state && { kind: 'job', name: job, state };
  }
  const state = (Object.keys(CRAWL_STATE) as Watch['state'][]).find((s) => CRAWL_STATE[s] !== undefined && CRAWL_STATE[s] === c?.CrawlState);
  return crawler !== undefined && state ? { kind: 'crawler', name: crawler, state } : undefined;
}

/** The trigger setting from the AWS::Glue::Trigger that starts the job, if any. */
export function readTrigger(referencing: readonly ImportedResource[]): DeepPartial<Trigger> | undefined {
  const trigger = referencing.find((r) => r.type === 'AWS::Glue::Trigger')?.properties;
  if (!trigger) return undefined;
  const schedule = plainString(trigger.Schedule);
  if (trigger.Type === 'SCHEDULED' && schedule !== undefined) return { type: 'scheduled', cron: schedule };
  if (trigger.Type !== 'CONDITIONAL') return undefined;
  const predicate = plainObject(trigger.Predicate);
  const watch = plainArray(predicate?.Conditions).flatMap((c) => readCondition(c) ?? []);
  const logical = oneOf(predicate?.Logical, ['AND', 'ANY'] as const);
  return { type: 'conditional', ...(logical ? { logical: logical === 'AND' ? 'ALL' : 'ANY' } : {}), ...(watch.length > 0 ? { watch } : {}) };
}
