import { DYNAMODB_LIMITS_TABLE as L } from '../../../shared/catalog/limits/dynamodb';
import { KIB } from '../../../shared/catalog/limits/units';
import { windowQuota } from './quota';
import type { Behaviour, ObjectPart } from './types';

/**
 * Amazon DynamoDB table, as a sink of writes (one item per record; an object's records are items too).
 * - Each item takes ceil(mean record size / 1 KiB) write units (WCU definition, reference table). The
 *   mean of the delivery is used: exact for records of one size, else within the rounding of the
 *   smallest and largest record.
 * - Provisioned: a token bucket refilled at WCU per second, holding at most the burst capacity of
 *   burstSeconds × WCU unused units (reference table: 300 s, "best effort"). Modelling choice: the
 *   bucket starts full (a table that was idle before the run). Items beyond it are throttled
 *   (the SDK's retries are not modelled).
 * - On demand: up to the per-table default quota of write request units per second, counted per
 *   window of max(1 s, resolution); the 2× previous-peak scaling is not modelled (an upper bound).
 * - Not modelled: the per-partition 1,000 WCU limit (hot keys), reads, streams, auto scaling.
 */
export const dynamodbTableBehaviour: Behaviour<'dynamodb-table'> = {
  create(config, ctx) {
    const onDemand = windowQuota(ctx, () => ({ recordsPerSecond: L.tableCapacityUnitsDefaultQuota.value, bytesPerSecond: Infinity }));
    const wcu = config.capacity.mode === 'provisioned' ? config.capacity.writeCapacityUnits : 0;
    const burstCap = wcu * L.burstCapacitySeconds.value;
    let tokens = burstCap;
    let refilledAt = 0;

    /** How many of `records` items of `units` write units each the table takes now. */
    const admit = (now: number, records: number, units: number): number => {
      if (config.capacity.mode === 'on-demand') return Math.floor(onDemand.admit(now, { records: records * units, bytes: 0 }).records / units);
      tokens = Math.min(burstCap, tokens + wcu * (now - refilledAt));
      refilledAt = now;
      const allowed = Math.min(records, Math.floor(tokens / units + 1e-9));
      tokens -= allowed * units;
      return allowed;
    };

    return {
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        if (delivery.records === 0) return;
        const units = Math.max(1, Math.ceil(delivery.bytes / delivery.records / (L.writeUnitItemKiB.value * KIB)));
        const allowed = admit(now, delivery.records, units);
        const bytes = allowed === delivery.records ? delivery.bytes : Math.round((delivery.bytes * allowed) / delivery.records);
        ctx.stats.sent(now, allowed, bytes);
        ctx.stats.bytesStored += bytes;
        ctx.stats.recordsThrottled += delivery.records - allowed;
        const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
        // Latency of the stored share, spread over the parts in proportion.
        for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, (part.records * allowed) / delivery.records);
        if (allowed < delivery.records) ctx.event('first-throttle', `${ctx.label}: writes beyond the table's write capacity are throttled.`);
      },
      finish() {
        if (ctx.stats.recordsThrottled === 0) return;
        const limit = config.capacity.mode === 'provisioned' ? `${wcu} WCU plus ${L.burstCapacitySeconds.value} s of burst capacity (${L.burstCapacitySeconds.source})` : `${L.tableCapacityUnitsDefaultQuota.value} write request units/s (${L.tableCapacityUnitsDefaultQuota.source})`;
        ctx.note(`${ctx.label}: ${ctx.stats.recordsThrottled} writes throttled at ${limit}; SDK retries are not modelled.`);
      },
    };
  },
};
