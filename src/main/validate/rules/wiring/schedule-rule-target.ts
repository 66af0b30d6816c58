import { KINDS } from '../../../../shared/catalog/registry';
import { finding, type Rule } from '../../rule';

/** The targets a legacy EventBridge scheduled rule cannot start (Scheduler can: its universal targets call any API). */
const SCHEDULER_ONLY = { 'glue-etl-job': 'glue:StartJobRun', 'glue-crawler': 'glue:StartCrawler', datasync: 'datasync:StartTaskExecution' } as const;

/** PW212: a schedule using the legacy rule mechanism to start a Glue job, a crawler or a DataSync task. */
export const scheduleRuleTarget: Rule = {
  code: 'PW212',
  scope: 'edge',
  check(edge, ctx) {
    const schedule = ctx.nodesById.get(edge.source);
    const target = ctx.nodesById.get(edge.target);
    if (!schedule || !target || ctx.configOf(schedule, 'schedule')?.mechanism !== 'rule' || !Object.hasOwn(SCHEDULER_ONLY, target.kind)) return [];
    const kind = target.kind as keyof typeof SCHEDULER_ONLY;
    return [
      finding('PW212', `${schedule.label}: a scheduled EventBridge rule cannot call ${SCHEDULER_ONLY[kind]}, so it cannot start ${target.label} (${KINDS[kind].shortTitle}): use EventBridge Scheduler`, {
        nodeId: schedule.id,
        edgeId: edge.id,
        path: ['mechanism'],
        fix: { label: 'Use EventBridge Scheduler', operations: [{ op: 'set-config', nodeId: schedule.id, path: ['mechanism'], value: 'scheduler' }] },
      }),
    ];
  },
};
