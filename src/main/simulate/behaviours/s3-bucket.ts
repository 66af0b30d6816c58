import { createPrefixRateLimit } from './s3-request-rate';
import type { Behaviour, ObjectPart } from './types';

/**
 * An S3 bucket stores every object it receives (records arriving loose become one object each),
 * within the per-prefix PUT rate (s3-request-rate.ts: PUTs beyond it are throttled).
 * A sink: recordsOut = records stored, so recordsIn = recordsOut + throttled and nothing is buffered.
 * End-to-end latency = arrival (the delivery time) − production time, per record.
 */
export const s3BucketBehaviour: Behaviour<'s3-bucket'> = {
  create(config, ctx) {
    const prefixRate = createPrefixRateLimit(config, ctx);
    return {
      receive(incoming) {
        const now = ctx.now();
        ctx.stats.received(now, incoming.records, incoming.bytes);
        const delivery = prefixRate.admit(incoming);
        if (!delivery) return;
        const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
        ctx.stats.sent(now, delivery.records, delivery.bytes);
        if (delivery.kind === 'object') ctx.stats.wroteObject(delivery.bytes);
        else ctx.stats.wroteObjects(delivery.records, delivery.bytes, delivery.minRecordBytes, delivery.maxRecordBytes);
        ctx.stats.bytesStored += delivery.bytes;
        if (delivery.kind === 'object' && delivery.once) ctx.stats.bytesStoredOnce += delivery.bytes;
        for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
      },
      finish: prefixRate.finish,
    };
  },
};
