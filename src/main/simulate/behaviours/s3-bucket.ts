import { createPrefixRateLimit } from './s3-request-rate';
import { s3HandsOn } from './s3-readers';
import type { Behaviour, Delivery, NodeContext, ObjectPart } from './types';

/**
 * An S3 bucket stores every object it receives (records arriving loose become one object each),
 * within the per-prefix PUT rate (s3-request-rate.ts: PUTs beyond it are throttled), and hands each
 * stored object at once to the targets that read new objects (s3-readers.ts: event notifications,
 * batch jobs, COPY loads, a gateway endpoint); kinds that read in place (Athena, crawlers) get nothing.
 * Counting: the stored copy is in once and out once (a sink's out is what it stored); each reader's
 * copy is counted in again and out, as forwardToEach does, so recordsIn = recordsOut + throttled
 * and nothing is buffered. Objects, bytes stored and PUTs count the stored copy only; each reader's
 * copy is metered as GETs (one per object read).
 * Key prefixes are not modelled, so every reader gets every new object, except an object written by
 * a reader (or by a node downstream of it) that would go round to that reader again: a job writing
 * back into the bucket it reads does not re-read its own output, and a function writing to the
 * bucket that notifies it does not loop.
 * End-to-end latency = arrival (the delivery time) − production time, per record.
 */
export const s3BucketBehaviour: Behaviour<'s3-bucket'> = {
  create(config, ctx) {
    const prefixRate = createPrefixRateLimit(config, ctx);
    const readers = ctx.targets.filter((target) => s3HandsOn(ctx.nodeOf(target)));
    const handOn = handsOnTo(ctx, readers);
    return {
      receive(incoming, fromId) {
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
        handOn(delivery, fromId);
      },
      finish: prefixRate.finish,
    };
  },
};

/** Hands a stored delivery to each reader that did not (directly or downstream) write it; each copy counted in and out, and metered as GETs. */
function handsOnTo(ctx: NodeContext, readers: readonly string[]) {
  return (delivery: Delivery, fromId: string): void => {
    const now = ctx.now();
    const objects = delivery.kind === 'object' ? 1 : delivery.records;
    for (const reader of readers) {
      if (reader === fromId || ctx.reaches(reader, fromId)) {
        ctx.note(`${ctx.label}: objects written back by node "${fromId}" are not handed again to node "${reader}", which leads to their writer (key prefixes are not modelled; a real pipeline reads and writes different prefixes).`);
        continue;
      }
      ctx.stats.received(now, delivery.records, delivery.bytes);
      ctx.stats.sent(now, delivery.records, delivery.bytes);
      ctx.stats.meter('gets', objects);
      ctx.deliver(reader, delivery);
    }
  };
}
