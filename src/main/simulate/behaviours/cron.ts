import type { NodeContext } from './types';

/**
 * Fire times of a six-field cron expression, cron(Minutes Hours Day-of-month Month Day-of-week Year)
 * in UTC, as used by Glue triggers and crawler schedules. Simulated time 0 is taken as midnight UTC.
 * Modelling choice: only the minutes and hours fields are honoured; the day, month and year fields
 * are read as "every day" (a run shorter than a day is exact for daily and hourly schedules; a
 * weekly or monthly schedule over-counts runs, which `everyDay` = false reports so callers can say so).
 */
export interface CronTimes {
  readonly times: number[];
  /** False when the day, month or year fields restrict the days (read here as every day). */
  readonly everyDay: boolean;
}

/** Values of one field: `*`, `?`, `n`, `a-b`, with an optional `/step`, comma-separated; undefined if unreadable. */
function fieldValues(field: string, min: number, max: number): number[] | undefined {
  const values = new Set<number>();
  for (const element of field.split(',')) {
    const m = /^(\*|\?|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(element);
    if (!m) return undefined;
    const wild = m[1] === '*' || m[1] === '?';
    const from = wild ? min : Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : wild || m[3] !== undefined ? max : from;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (from < min || to > max || step < 1) return undefined;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

const anyDay = (field: string | undefined) => field === '*' || field === '?';

/** Fire times in [0, until) seconds, or undefined when the minutes or hours field cannot be read. */
export function cronTimes(expression: string, until: number): CronTimes | undefined {
  const fields = /^cron\((.*)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) return undefined;
  const minutes = fieldValues(fields[0]!, 0, 59);
  const hours = fieldValues(fields[1]!, 0, 23);
  if (!minutes || !hours) return undefined;
  const times: number[] = [];
  for (let day = 0; day * 86_400 < until; day++) {
    for (const h of hours) for (const m of minutes) if (day * 86_400 + h * 3_600 + m * 60 < until) times.push(day * 86_400 + h * 3_600 + m * 60);
  }
  return { times, everyDay: anyDay(fields[2]) && anyDay(fields[3]) && anyDay(fields[4]) && anyDay(fields[5]) };
}

const RATE_UNIT_SECONDS: Record<string, number> = { minute: 60, hour: 3_600, day: 86_400 };

/**
 * Fire times within the run of a cron(…) or rate(value unit) schedule (a rate fires first at 0),
 * with a note on the node when the expression cannot be read (then undefined) or days are ignored.
 */
export function scheduleTimes(ctx: NodeContext, expression: string): number[] | undefined {
  const until = ctx.settings.durationSeconds;
  const rate = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression.trim());
  if (rate) {
    const every = Number(rate[1]) * RATE_UNIT_SECONDS[rate[2]!]!;
    return every > 0 ? Array.from({ length: Math.ceil(until / every) }, (_, i) => i * every) : undefined;
  }
  const fires = cronTimes(expression, until);
  if (!fires) ctx.note(`${ctx.label}: schedule "${expression}" not read (only rate() and the minutes and hours of cron() are); it does not run.`);
  else if (!fires.everyDay) ctx.note(`${ctx.label}: the day, month and year fields of its cron are read as every day, so runs may be over-counted.`);
  return fires?.times;
}
