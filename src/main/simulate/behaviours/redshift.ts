import type { Behaviour, ObjectPart } from './types';

/**
 * Amazon Redshift, as a sink of loads: each object delivered (a Firehose batch staged in S3, a DMS
 * or Glue write) is one COPY; loose records (streaming ingestion, Data API calls) load as they
 * come. Everything loaded is stored: recordsOut = rows loaded, bytesStored grows by the bytes loaded.
 * Modelling choices:
 * - COPY is not rate-limited: the reference table says COPY time scales with bytes ÷ (slices ×
 *   per-slice rate) but gives no per-slice rate, so loads complete on arrival (said in the notes).
 * - Stored bytes are the bytes loaded: column compression is not modelled (no ratio in the reference).
 * - Query results and UNLOAD are not simulated (the outputs carry nothing).
 */
export const redshiftBehaviour: Behaviour<'redshift'> = {
  create(_config, ctx) {
    let copies = 0;
    return {
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        ctx.stats.sent(now, delivery.records, delivery.bytes);
        ctx.stats.bytesStored += delivery.bytes;
        if (delivery.kind === 'object' && delivery.once) ctx.stats.bytesStoredOnce += delivery.bytes;
        const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
        for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
        if (delivery.kind === 'object') copies++;
      },
      finish() {
        if (ctx.stats.recordsIn === 0) return;
        ctx.note(`${ctx.label}: ${copies} COPY loads and ${ctx.stats.bytesStored} bytes loaded; COPY is not rate-limited (the reference table gives no per-slice load rate) and column compression is not modelled.`);
      },
    };
  },
};
