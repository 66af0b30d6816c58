import { KIB, MIB } from '../../../shared/catalog/limits/units';
import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import type { Behaviour, ObjectPart } from './types';

/** 1 GiB in bytes. */
export const GIB_BYTES = KIB * MIB;

/** A store's capacity: bytes it can hold, and how to name that limit; undefined: no limit known. */
export interface Capacity {
  readonly bytes: number;
  readonly what: string;
}

/**
 * A data store as a sink (databases, search domains, caches, dashboards' in-memory storage):
 * what it receives is written and stored (recordsOut = records stored), until its capacity from its
 * settings is full. A delivery that does not fit is refused whole, counted as dropped with an event
 * and a note (the store's own errors: storage full, disk watermark, eviction). Stored bytes are the
 * bytes received: index overhead, compression and replicas are not modelled. `unmodelled` says in
 * the notes what the kind's model leaves out.
 */
export function capacityStore<K extends KindId>(capacityOf: (config: ConfigOf<K>) => Capacity | undefined, unmodelled: string): Behaviour<K> {
  return {
    create(config, ctx) {
      const capacity = capacityOf(config);
      if (capacity) ctx.stats.declareLimit();
      return {
        receive(delivery) {
          const now = ctx.now();
          ctx.stats.received(now, delivery.records, delivery.bytes);
          if (capacity && ctx.stats.bytesStored + delivery.bytes > capacity.bytes) {
            ctx.stats.recordsDropped += delivery.records;
            ctx.stats.utilised(now, 1, (ctx.stats.bytesStored + delivery.bytes) / capacity.bytes);
            ctx.event('first-throttle', `${ctx.label}: full: writes beyond ${capacity.what} are refused.`);
            return;
          }
          ctx.stats.sent(now, delivery.records, delivery.bytes);
          ctx.stats.bytesStored += delivery.bytes;
          if (capacity) ctx.stats.utilised(now, ctx.stats.bytesStored / capacity.bytes, ctx.stats.bytesStored / capacity.bytes);
          const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
          for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
        },
        finish() {
          if (ctx.stats.recordsIn === 0) return;
          if (ctx.stats.recordsDropped > 0 && capacity) ctx.note(`${ctx.label}: ${ctx.stats.recordsDropped} records refused once ${capacity.what} was full.`);
          ctx.note(`${ctx.label}: stores what it receives${capacity ? ` up to ${capacity.what}` : ''}; ${unmodelled}.`);
        },
      };
    },
  };
}
