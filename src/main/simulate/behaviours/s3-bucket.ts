import { S3_LIMITS_TABLE as L } from '../../../shared/catalog/limits/s3';
import type { Behaviour, ObjectPart } from './types';

const PUT_RATE = L.putRequestsPerSecondPerPrefix;

/**
 * An S3 bucket stores every object it receives (records arriving loose become one object each).
 * A sink: recordsOut = records stored, so recordsIn = recordsOut and nothing is buffered.
 * End-to-end latency = arrival (the delivery time) − production time, per record. PUT rates
 * above the per-prefix guidance are reported in the notes, not throttled (S3 scales prefixes).
 */
export const s3BucketBehaviour: Behaviour<'s3-bucket'> = {
  create(_config, ctx) {
    let second = -1;
    let putsThisSecond = 0;
    let peakPuts = 0;
    return {
      receive(delivery) {
        const now = ctx.now();
        const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
        ctx.stats.received(now, delivery.records, delivery.bytes);
        ctx.stats.sent(now, delivery.records, delivery.bytes);
        ctx.stats.wroteObject(delivery.bytes);
        ctx.stats.bytesStored += delivery.bytes;
        for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
        if (Math.floor(now) !== second) [second, putsThisSecond] = [Math.floor(now), 0];
        peakPuts = Math.max(peakPuts, ++putsThisSecond);
      },
      finish() {
        if (peakPuts > PUT_RATE.value) {
          ctx.note(`${ctx.label}: up to ${peakPuts} PUTs in one second, above ${PUT_RATE.value} per prefix (${PUT_RATE.source}); S3 may answer 503 Slow Down. Not modelled.`);
        }
      },
    };
  },
};
