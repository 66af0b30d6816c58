import { IOT_CORE_LIMITS_TABLE as L } from '../../../shared/catalog/limits/iot-core';
import { KIB } from '../../../shared/catalog/limits/units';
import { oversizeRecords, windowQuota } from './quota';
import type { Behaviour, Cohort } from './types';
import { forwardToEach, refuse } from './types';

/**
 * AWS IoT Core (message broker and rules engine). Each arriving cohort of publishes:
 * 1. drops messages over the 128 KB payload limit (recordsDropped; "KB" read as KiB);
 * 2. is held, per window of max(1 s, resolution), to 100 publishes/s per connection (the
 *    cohort's `sources` are its connections, spread evenly; a source that does not say is one
 *    connection) and to the account's inbound publish quota (us-east-1 default); the excess is
 *    throttled (AWS discards it). The 512 KiB/s per connection limit delays rather than
 *    discards, so it is not modelled;
 * 3. goes, at once, to every rule action's target (each target gets every message, one copy
 *    counted per target). A rule has no buffer; with no target, messages are dropped.
 * Rule SQL filters are not evaluated: every rule takes every message.
 * Utilization: the higher of the per-connection and the account publish quotas.
 */
export const iotCoreBehaviour: Behaviour<'iot-core'> = {
  create(_config, ctx) {
    const perConnection = windowQuota(ctx, () => ({ recordsPerSecond: L.publishesPerSecondPerConnection.value, bytesPerSecond: Infinity }));
    const account = windowQuota(ctx, () => ({ recordsPerSecond: L.inboundPublishesPerSecondPerAccount.value, bytesPerSecond: Infinity }));

    const accept = (cohort: Cohort): void => {
      const now = ctx.now();
      ctx.stats.received(now, cohort.records, cohort.bytes);
      ctx.stats.endToEndLatency.add(now - cohort.producedAt, cohort.records);
      const oversize = oversizeRecords(ctx, cohort, L.messageSizeMaxKiB.value * KIB);
      ctx.stats.recordsDropped += oversize.records;
      const offered = { records: cohort.records - oversize.records, bytes: cohort.bytes - oversize.bytes };
      if (offered.records === 0) return;
      const connections = cohort.sources ?? 1;
      const allowed = account.admit(now, perConnection.admit(now, offered, 1 / connections));
      if (allowed.records < offered.records) {
        ctx.stats.recordsThrottled += offered.records - allowed.records;
        ctx.event('first-throttle', `${ctx.label}: publishes over ${L.publishesPerSecondPerConnection.value}/s per connection or ${L.inboundPublishesPerSecondPerAccount.value}/s per account are discarded.`);
      }
      if (allowed.records === 0) return;
      if (ctx.targets.length === 0) {
        ctx.stats.recordsDropped += allowed.records;
        ctx.note(`${ctx.label}: no rule action target; accepted messages are counted as dropped.`);
        return;
      }
      forwardToEach(ctx, { ...cohort, ...allowed });
    };

    return {
      receive: (delivery) => (delivery.kind === 'records' ? accept(delivery) : refuse(ctx, delivery, 'objects (IoT Core takes MQTT messages)')),
      finish() {
        const { recordsDropped: dropped, recordsThrottled: throttled } = ctx.stats;
        if (dropped > 0) ctx.note(`${ctx.label}: ${dropped} messages dropped (over ${L.messageSizeMaxKiB.value} KB, or no target; ${L.messageSizeMaxKiB.source}).`);
        if (throttled > 0) ctx.note(`${ctx.label}: ${throttled} publishes discarded at ${L.publishesPerSecondPerConnection.value}/s per connection and ${L.inboundPublishesPerSecondPerAccount.value}/s per account (${L.publishesPerSecondPerConnection.source}).`);
      },
    };
  },
};
