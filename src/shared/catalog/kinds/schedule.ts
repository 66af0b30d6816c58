import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonEventBridge.svg?raw';
import { EVENTBRIDGE_LIMITS_TABLE as L } from '../limits/eventbridge';
import { defineKind } from '../types';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The six cron fields: name, range, names accepted in place of numbers, extra wildcards allowed. */
const CRON_FIELDS = [
  { name: 'minutes', min: 0, max: 59, names: [], extra: '' },
  { name: 'hours', min: 0, max: 23, names: [], extra: '' },
  { name: 'day-of-month', min: 1, max: 31, names: [], extra: '?LW' },
  { name: 'month', min: 1, max: 12, names: MONTHS, extra: '' },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS, extra: '?L#' },
  { name: 'year', min: L.cronYearMin.value, max: L.cronYearMax.value, names: [], extra: '' },
] as const;

type CronField = (typeof CRON_FIELDS)[number];

function valueOf(token: string, field: CronField): number | undefined {
  const named = (field.names as readonly string[]).indexOf(token.toUpperCase());
  if (named >= 0) return named + 1;
  if (!/^\d+$/.test(token)) return undefined;
  const n = Number(token);
  return n >= field.min && n <= field.max ? n : undefined;
}

/** One comma-separated element of a cron field: `*`, `v`, `a-b`, `x/step`, or the field's special forms. */
function elementOk(element: string, field: CronField): boolean {
  if (field.extra.includes('?') && element === '?') return true;
  if (field.extra.includes('L') && (element === 'L' || (field.name === 'day-of-month' && element === 'LW'))) return true;
  if (field.extra.includes('W') && /^\d+W$/.test(element)) return valueOf(element.slice(0, -1), field) !== undefined;
  if (field.extra.includes('#') && /^\w+#[1-5]$/.test(element)) return valueOf(element.split('#')[0]!, field) !== undefined;
  if (field.name === 'day-of-week' && /^\w+L$/.test(element)) return valueOf(element.slice(0, -1), field) !== undefined;
  const [base = '', step, ...rest] = element.split('/');
  if (rest.length > 0 || (step !== undefined && !/^[1-9]\d*$/.test(step))) return false;
  if (base === '*') return true;
  const [from = '', to, ...more] = base.split('-');
  if (more.length > 0 || valueOf(from, field) === undefined) return false;
  return to === undefined || valueOf(to, field) !== undefined;
}

function cronProblem(body: string): string | undefined {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return `cron() needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`;
  for (const [i, field] of CRON_FIELDS.entries()) {
    const text = fields[i]!;
    if (!text.split(',').every((element) => elementOk(element, field))) return `cron() ${field.name} field "${text}" is not valid (${field.min}–${field.max})`;
  }
  if ((fields[2] === '?') === (fields[4] === '?')) return 'cron() needs "?" in exactly one of day-of-month and day-of-week';
  return undefined;
}

/**
 * What is wrong with an EventBridge schedule expression, or nothing. `rate(value unit)` and
 * `cron(six fields)` as the EventBridge user guide defines them; `at(…)` one-time schedules only
 * where `allowAt` (EventBridge Scheduler).
 */
export function scheduleExpressionProblem(expression: string, allowAt = false): string | undefined {
  const rate = /^rate\((.*)\)$/.exec(expression);
  if (rate) {
    const m = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(rate[1]!);
    if (!m || Number(m[1]) < 1) return 'rate() takes a positive whole number and minute(s), hour(s) or day(s), e.g. rate(5 minutes)';
    if ((Number(m[1]) === 1) !== !m[2]!.endsWith('s')) return 'rate() unit must be singular for 1 and plural above 1, e.g. rate(1 hour), rate(2 hours)';
    return undefined;
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return cronProblem(cron[1]!);
  if (/^at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\)$/.test(expression)) return allowAt ? undefined : 'at() one-time schedules need EventBridge Scheduler';
  return 'expected rate(value unit), cron(minutes hours day-of-month month day-of-week year)' + (allowAt ? ' or at(yyyy-mm-ddThh:mm:ss)' : '');
}

/** Amazon EventBridge schedule: a Scheduler schedule or a legacy scheduled rule that starts a target. */
export const schedule = defineKind({
  id: 'schedule',
  title: 'Amazon EventBridge schedule',
  shortTitle: 'Schedule',
  category: 'orchestration',
  summary: 'Starts a workflow or job on a rate or cron schedule.',
  help:
    'A time-based trigger: EventBridge Scheduler (or a legacy EventBridge scheduled rule, formerly CloudWatch Events) starts its targets ' +
    'on a rate() or cron() expression, in UTC for rules. Scheduler can call almost any API (glue:StartJobRun, datasync:StartTaskExecution); ' +
    'scheduled rules reach fewer targets (Lambda, Step Functions, Batch job queues, Glue workflows). Failed deliveries are retried up to ' +
    `${L.retryAttemptsMax.value} times within ${L.eventAgeMaxSeconds.value / 3_600} h. Cron expressions have six fields and need "?" in day-of-month or day-of-week; ` +
    'schedules faster than once a minute are not possible. For a pipeline of several steps, start one Step Functions workflow rather than each job.',
  icon,
  config: z
    .object({
      mechanism: z
        .enum(['scheduler', 'rule'])
        .default('scheduler')
        .meta({ title: 'Mechanism', description: 'scheduler: EventBridge Scheduler (universal targets, at() one-time schedules). rule: a scheduled EventBridge rule (UTC only, fewer target types).' }),
      expression: z
        .string()
        .default('cron(0 2 * * ? *)')
        .meta({ title: 'Schedule expression', description: 'rate(5 minutes), rate(1 day), cron(0 2 * * ? *) (daily at 02:00 UTC), or at(2030-01-01T00:00:00) with Scheduler.' }),
      enabled: z.boolean().default(true).meta({ title: 'Enabled', description: 'A disabled schedule starts nothing.' }),
      retryAttempts: z
        .number()
        .int()
        .min(0)
        .max(L.retryAttemptsMax.value)
        .default(L.retryAttemptsMax.value)
        .meta({ title: 'Retry attempts', description: `Retries when the target cannot be started (0–${L.retryAttemptsMax.value}; AWS default ${L.retryAttemptsMax.value}).` }),
      maxEventAgeSeconds: z
        .number()
        .int()
        .min(L.eventAgeMinSeconds.value)
        .max(L.eventAgeMaxSeconds.value)
        .default(L.eventAgeMaxSeconds.value)
        .meta({ title: 'Maximum event age', unit: 's', description: `Stop retrying after this long (${L.eventAgeMinSeconds.value}–${L.eventAgeMaxSeconds.value} s).` }),
    })
    .superRefine((config, ctx) => {
      const problem = scheduleExpressionProblem(config.expression, config.mechanism === 'scheduler');
      if (problem) ctx.addIssue({ code: 'custom', path: ['expression'], message: `Schedule expression: ${problem}` });
    }),
  inputs: [],
  outputs: [
    {
      id: 'starts',
      label: 'Starts',
      edgeKind: 'control',
      only: ['step-functions', 'glue-etl-job', 'glue-crawler', 'lambda', 'batch-job', 'datasync'],
    },
  ],
});
