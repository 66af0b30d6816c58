import type { KindId } from '../../../shared/catalog/registry';
import type { Behaviour, Delivery, NodeContext, ObjectPart } from './types';
import { refuse } from './types';

/**
 * Stand-in behaviours for kinds whose own model is not written yet. Each says so in the run's
 * notes, so a result is never mistaken for a model of that service, and each keeps the
 * conservation invariant. They are chosen per kind in behaviours/index.ts.
 */
const notModelled = (ctx: NodeContext, what: string) => ctx.note(`${ctx.label}: not modelled yet; ${what}.`);

const partsOf = (delivery: Delivery): readonly ObjectPart[] => (delivery.kind === 'object' ? delivery.parts : [delivery]);

/** Forwards what it receives to every data target at once, with no limits, delay or loss. */
export function passThrough<K extends KindId>(): Behaviour<K> {
  return {
    create(_config, ctx) {
      return {
        receive(delivery) {
          const now = ctx.now();
          ctx.stats.received(now, delivery.records, delivery.bytes);
          if (ctx.targets.length === 0) {
            ctx.stats.recordsDropped += delivery.records;
            ctx.note(`${ctx.label}: has no data target; what reaches it is counted as dropped.`);
            return;
          }
          notModelled(ctx, 'records pass through without limits, delay or loss');
          ctx.stats.sent(now, delivery.records, delivery.bytes);
          for (const target of ctx.targets) ctx.deliver(target, delivery);
        },
      };
    },
  };
}

/** Keeps what it receives: records in = records stored, with end-to-end latency. */
export function store<K extends KindId>(): Behaviour<K> {
  return {
    create(_config, ctx) {
      return {
        receive(delivery) {
          const now = ctx.now();
          notModelled(ctx, 'it stores everything it receives, without capacity limits');
          ctx.stats.received(now, delivery.records, delivery.bytes);
          ctx.stats.sent(now, delivery.records, delivery.bytes);
          ctx.stats.bytesStored += delivery.bytes;
          for (const part of partsOf(delivery)) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
        },
      };
    },
  };
}

/** Orchestrators, schedules, keys and catalogs: they start or describe things but carry no records. */
export function carriesNoData<K extends KindId>(): Behaviour<K> {
  return {
    create(_config, ctx) {
      return { receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)') };
    },
  };
}
