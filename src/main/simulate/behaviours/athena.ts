import { ATHENA_LIMITS_TABLE as L } from '../../../shared/catalog/limits/athena';
import { GIB } from '../../../shared/catalog/prices/units';
import { athenaBilledBytes } from '../cost/requests';
import type { Behaviour } from './types';
import { refuse } from './types';

const DAY = 86_400;

/**
 * Amazon Athena: carries no records; it runs queries that read the connected S3 buckets in place.
 * Modelling choices:
 * - queriesPerDay queries, evenly spaced: query k runs at (k + ½) × 86,400 / queriesPerDay s. Queries
 *   closer together than the resolution run together, one event per resolution step.
 * - A query scans what the connected buckets hold at that moment × partitions read % × columns
 *   read % (settings: the reference table gives no pruning or columnar ratio, and they depend on
 *   the queries and the file format). With no bucket connected, the "data scanned per query" setting.
 * - The workgroup's cutoff cancels a query at that many bytes; cancelled queries are billed for
 *   what they scanned (reference table). The 30-minute DML timeout is not modelled (no scan rate).
 * - Each query is billed its bytes rounded up to a MB, at least 10 MB (reference table), metered
 *   for cost/requests.ts. Objects already in Glacier Flexible or Deep Archive (which Athena skips)
 *   are counted: lifecycle transitions take days, longer than most runs.
 */
export const athenaBehaviour: Behaviour<'athena'> = {
  create(config, ctx) {
    const share = (config.partitionsReadPercent / 100) * (config.columnsReadPercent / 100);
    const cutoff = config.bytesScannedCutoffMB === null ? Infinity : config.bytesScannedCutoffMB * 1e6;
    let cancelled = 0;

    /** `count` queries now, each scanning what the buckets hold. */
    const query = (count: number): void => {
      const stored = ctx.storedUpstream();
      const wanted = stored === undefined ? config.dataScannedPerQueryGB * GIB : stored * share;
      const scanned = Math.min(wanted, cutoff);
      if (scanned < wanted) cancelled += count;
      ctx.stats.meter('queries', count);
      ctx.stats.meter('billedBytesScanned', count * athenaBilledBytes(scanned));
      ctx.event('job-run', `${ctx.label}: first query scans ${Math.round(scanned)} bytes.`);
    };

    return {
      start() {
        if (config.queriesPerDay <= 0) return;
        const interval = DAY / config.queriesPerDay;
        const step = Math.max(interval, ctx.settings.resolutionSeconds);
        const total = Math.max(0, Math.ceil(ctx.settings.durationSeconds / interval - 0.5));
        let done = 0;
        // Event j at ½ interval + j × step runs the queries due by then (query k is due at (k + ½) × interval).
        const run = (j: number): void => {
          const due = Math.min(total, Math.floor(ctx.now() / interval + 0.5 + 1e-9));
          if (due > done) query(due - done);
          done = Math.max(done, due);
          if (done < total) ctx.schedule(0.5 * interval + (j + 1) * step, () => run(j + 1));
        };
        if (total > 0) ctx.schedule(0.5 * interval, () => run(0));
        if (ctx.storedUpstream() === undefined) ctx.note(`${ctx.label}: no S3 bucket connected: each query scans the "data scanned per query" setting (${config.dataScannedPerQueryGB} GB).`);
      },
      receive: (delivery) => refuse(ctx, delivery, 'records (it reads S3 in place)'),
      finish() {
        if (cancelled > 0) ctx.note(`${ctx.label}: ${cancelled} queries reached the ${config.bytesScannedCutoffMB} MB cutoff and were cancelled; they are billed for what they scanned.`);
        if (ctx.stats.metered?.queries) ctx.note(`${ctx.label}: each query is billed at least ${L.minimumBilledMBPerQuery.value} MB, rounded up to a whole MB.`);
      },
    };
  },
};
