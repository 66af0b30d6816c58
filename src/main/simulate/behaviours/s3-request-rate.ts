import { S3_LIMITS_TABLE as L } from '../../../shared/catalog/limits/s3';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { windowQuota } from './quota';
import type { Delivery, NodeContext } from './types';

const PUT_RATE = L.putRequestsPerSecondPerPrefix;
const GET_RATE = L.getRequestsPerSecondPerPrefix;

/**
 * S3 request rates per partitioned prefix (reference table: 3,500 PUT/COPY/POST/DELETE and 5,500
 * GET/HEAD per second per prefix; S3 answers 503 Slow Down above them while it scales).
 * Modelling choices:
 * - One PUT per object written; loose records arriving become one object each.
 * - Prefixes written at once: keys partitioned by device spread over one prefix per device (the
 *   cohort's senders); time-partitioned, unpartitioned and custom keys write one prefix at a time
 *   (a custom template may spread more: an upper bound on throttling, said in the notes).
 * - S3's gradual partition scaling is not modelled: the limit stays at the per-prefix figure, so a
 *   sustained overload throttles for the whole run (a real bucket may adapt within minutes).
 * - PUTs over the limit are refused (503 Slow Down): their records are counted as throttled; the
 *   writer's retries are not modelled.
 * - GETs are not simulated as events: readsPerDay taken as even over the day is compared with the
 *   limit in the notes.
 */
export function createPrefixRateLimit(config: ConfigOf<'s3-bucket'>, ctx: NodeContext) {
  let prefixes = 1;
  const quota = windowQuota(ctx, () => ({ recordsPerSecond: PUT_RATE.value * prefixes, bytesPerSecond: Infinity }));
  const byDevice = config.partitioning.scheme === 'by device';
  return {
    /** The part of `delivery` whose PUTs S3 accepts now (the whole delivery, or a share of its loose records, or nothing). */
    admit(delivery: Delivery): Delivery | undefined {
      const now = ctx.now();
      if (byDevice && delivery.kind === 'records' && delivery.sources !== undefined) prefixes = Math.max(prefixes, delivery.sources);
      const puts = delivery.kind === 'object' ? 1 : delivery.records;
      const allowed = quota.admit(now, { records: puts, bytes: 0 }).records;
      if (allowed === puts) return delivery;
      ctx.stats.recordsThrottled += delivery.kind === 'object' ? delivery.records : delivery.records - allowed;
      ctx.event('first-throttle', `${ctx.label}: PUTs beyond ${PUT_RATE.value} per second per prefix get 503 Slow Down.`);
      if (delivery.kind === 'object' || allowed === 0) return undefined;
      return { ...delivery, records: allowed, bytes: Math.round((delivery.bytes * allowed) / delivery.records) };
    },
    finish(): void {
      if (ctx.stats.recordsThrottled > 0) {
        const custom = config.partitioning.scheme === 'custom' ? ' The custom key template is taken as one prefix at a time.' : '';
        ctx.note(`${ctx.label}: ${ctx.stats.recordsThrottled} records in PUTs refused (503 Slow Down) above ${PUT_RATE.value} PUTs/s per prefix × ${prefixes} prefix(es) (${PUT_RATE.source}); S3's gradual prefix scaling and writer retries are not modelled.${custom}`);
      }
      const getsPerSecond = config.readsPerDay / 86_400;
      if (getsPerSecond > GET_RATE.value * prefixes) ctx.note(`${ctx.label}: ${config.readsPerDay} reads/day average ${getsPerSecond.toFixed(0)} GET/s, above ${GET_RATE.value} per prefix (${GET_RATE.source}).`);
    },
  };
}
