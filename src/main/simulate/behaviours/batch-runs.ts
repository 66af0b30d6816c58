import type { Delivery, NodeContext, ObjectPart } from './types';

/** What a run takes: every record received since the previous run started. */
export interface Batch {
  records: number;
  bytes: number;
  /** Production times, for end-to-end latency downstream. */
  readonly parts: ObjectPart[];
  /** Arrival times here, for the time spent waiting in this node. */
  readonly arrivals: ObjectPart[];
}

/** The node's billable usage counters (runs, DPU-seconds, executions, transitions), created on first use. */
export const usageOf = (ctx: NodeContext) => (ctx.stats.usage ??= { runs: 0, dpuSeconds: 0, billedDpuSeconds: 0, executions: 0, stateTransitions: 0 });

const emptyBatch = (): Batch => ({ records: 0, bytes: 0, parts: [], arrivals: [] });

/**
 * Shared by batch kinds (Glue job, DataSync task, Batch job, EMR steps): records received wait here; a run
 * started at time t takes everything received before t (each record processed once, like a job
 * bookmark or a "changed files" transfer) and writes it to each target as one object when it ends,
 * `duration(batch)` seconds later. Records received after the last run, or still in a run when the
 * simulation ends, count as buffered; with no target the node is a sink (out = processed).
 * `onRun` is told each run's batch and duration (usage for the cost model).
 */
export function createBatchRuns(ctx: NodeContext, duration: (batch: Batch) => number, onRun: (batch: Batch, seconds: number) => void) {
  let pending = emptyBatch();
  let running = 0;

  const end = (batch: Batch): void => {
    const now = ctx.now();
    running -= batch.records;
    if (batch.records === 0) return;
    if (ctx.targets.length === 0) ctx.stats.sent(now, batch.records, batch.bytes);
    for (const [i, target] of ctx.targets.entries()) {
      // Each target gets its own copy, counted in again so that in = out still holds.
      if (i > 0) ctx.stats.received(now, batch.records, batch.bytes);
      ctx.stats.sent(now, batch.records, batch.bytes);
      ctx.stats.wroteObject(batch.bytes);
      ctx.deliver(target, { kind: 'object', records: batch.records, bytes: batch.bytes, parts: batch.parts });
    }
  };

  const run = (done?: () => void): void => {
    const batch = pending;
    pending = emptyBatch();
    running += batch.records;
    const seconds = duration(batch);
    for (const arrival of batch.arrivals) ctx.stats.bufferLatency.add(ctx.now() - arrival.producedAt + seconds, arrival.records);
    onRun(batch, seconds);
    ctx.schedule(ctx.now() + seconds, () => {
      end(batch);
      done?.();
    });
  };

  return {
    /** Schedules a run at each of `times` (seconds). */
    scheduleRuns: (times: readonly number[]) => times.forEach((t) => ctx.schedule(t, () => run())),
    /** Starts a run now (a control edge started the node); `done` is called when it ends. */
    runNow: (done: () => void) => run(done),
    receive(delivery: Delivery): void {
      const now = ctx.now();
      ctx.stats.received(now, delivery.records, delivery.bytes);
      const parts = delivery.kind === 'object' ? delivery.parts : [{ records: delivery.records, producedAt: delivery.producedAt, origin: delivery.origin }];
      for (const part of parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
      pending.records += delivery.records;
      pending.bytes += delivery.bytes;
      pending.parts.push(...parts);
      pending.arrivals.push({ records: delivery.records, producedAt: now });
    },
    finish(): void {
      ctx.stats.recordsBuffered += pending.records + running;
    },
  };
}
