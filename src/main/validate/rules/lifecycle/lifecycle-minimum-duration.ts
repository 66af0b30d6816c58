import type { StorageClass } from '../../../../shared/catalog/s3-lifecycle';
import type { Finding } from '../../../../shared/findings/finding';
import { S3_STORAGE_PRICES } from '../../../../shared/catalog/prices/s3';
import { DAYS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import { finding, type Rule } from '../../rule';
import { plural, usd } from '../capacity/format';
import { minimumStorageDays } from './storage-classes';

/** One stay of a rule's objects in a class: from `from` days after creation until the next event. */
interface Stay {
  readonly storageClass: StorageClass;
  readonly from: number;
  /** The event that ends it: the next transition (its index in the rule) or the expiration. */
  readonly until: { readonly days: number; readonly what: string; readonly path: string[] };
  /** The day of the event after that one, if any: moving `until` must stay before it. */
  readonly nextDays: number | undefined;
}

/**
 * PW501: a lifecycle rule that moves or deletes objects before the minimum storage duration of the
 * class they are in (30 days IA, 90 Glacier, 180 Deep Archive): S3 bills the rest of the minimum
 * anyway. The schema already refuses an IA-to-Glacier step under 30 days and an expiration before
 * the last transition; this covers every other case. Node scope: the bucket's own settings.
 */
export const lifecycleMinimumDuration: Rule = {
  code: 'PW501',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config) return [];
    const findings: Finding[] = [];
    config.lifecycleRules.forEach((rule, i) => {
      if (!rule.enabled) return;
      const base = ['lifecycleRules', String(i)];
      const events = [
        ...rule.transitions.map((t, j) => ({ days: t.days, storageClass: t.storageClass as StorageClass | undefined, what: `moves them to ${t.storageClass}`, path: [...base, 'transitions', String(j), 'days'] })),
        ...(rule.expirationDays === null ? [] : [{ days: rule.expirationDays, storageClass: undefined, what: 'expires them', path: [...base, 'expirationDays'] }]),
      ].sort((a, b) => a.days - b.days);
      const stays: Stay[] = [];
      let current: StorageClass = config.storageClass;
      let from = 0;
      events.forEach((event, k) => {
        stays.push({ storageClass: current, from, until: event, nextDays: events[k + 1]?.days });
        if (event.storageClass) current = event.storageClass;
        from = event.days;
      });
      for (const stay of stays) {
        const minimum = minimumStorageDays(stay.storageClass);
        const held = stay.until.days - stay.from;
        if (held >= minimum) continue;
        const remaining = minimum - held;
        const entered =
          stay.from === 0
            ? `objects are written to ${stay.storageClass} and lifecycle rule "${rule.id}"`
            : `lifecycle rule "${rule.id}" moves objects to ${stay.storageClass} on day ${stay.from} and`;
        const perGiB = (remaining / DAYS_PER_MONTH) * S3_STORAGE_PRICES[stay.storageClass].value;
        const message =
          `${node.label}: ${entered} ${stay.until.what} on day ${stay.until.days}, after ${plural(held, 'day')}: ` +
          `${stay.storageClass} bills at least ${minimum} days, so S3 charges the ${plural(remaining, 'day')} left anyway (about ${usd(perGiB)} per GB)`;
        const later = stay.from + minimum;
        const fix = stay.nextDays === undefined || later < stay.nextDays ? { label: `Move it to day ${later}`, operations: [{ op: 'set-config' as const, nodeId: node.id, path: stay.until.path, value: later }] } : undefined;
        findings.push(finding('PW501', message, { nodeId: node.id, path: stay.until.path, ...(fix && { fix }) }));
      }
    });
    return findings;
  },
};
