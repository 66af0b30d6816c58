import { LAMBDA_LIMITS_TABLE as L } from '../../../shared/catalog/limits/lambda';
import { Fifo } from '../fifo';
import { partOfCohort } from './cohort';
import { windowQuota } from './quota';
import { forwardToEach, type Behaviour, type Delivery, type ReadSource } from './types';

/**
 * AWS Lambda, as a stream consumer and as a transform.
 * - Polled from a stream (Kinesis event source mapping): the function reads at
 *   min(concurrency, shards × parallelization factor) × batch size / duration per batch
 *   records/s (readRate); the stream keeps the backlog, so its retention applies there.
 *   Batching windows and the 6 MiB batch cap are not modelled (full batches assumed).
 * - Pushed to (IoT rule action, S3 notification, analytics output): one invocation per record
 *   or object, at most concurrency / duration invocations per second per window of
 *   max(1 s, resolution); the excess is throttled (asynchronous retries not modelled).
 * Concurrency is the reserved executions, else the account's default pool (shared with other
 * functions in reality: an upper bound). What a batch read at t produces leaves at t + duration,
 * to every target (one copy each, counted like a producer's); with no target the function is a
 * sink (recordsOut = records processed). Records in flight at the end count as buffered.
 * Each invocation is metered for the cost model (requests, and GB-s = memory × batch duration).
 * Utilization: pushed invocations against concurrency / duration per second; polled reads are
 * paced by readRate and not reported (the stream's iterator age shows a slow consumer).
 */
export const lambdaBehaviour: Behaviour<'lambda'> = {
  create(config, ctx) {
    const duration = config.batchDurationSeconds;
    const concurrency = config.concurrency.mode === 'reserved' ? config.concurrency.executions : L.accountConcurrency.value;
    const push = windowQuota(ctx, { recordsPerSecond: concurrency / duration, bytesPerSecond: Infinity });
    let inFlight = 0;
    // Every invocation lasts `duration`, so they finish in the order they started: one queue and
    // one shared action, rather than a closure per invocation.
    const running = new Fifo<Delivery>();

    const finishNext = (): void => {
      const delivery = running.shift()!;
      inFlight -= delivery.records;
      forwardToEach(ctx, delivery);
    };

    /** `invocations`: one per pushed record or object; a polled read is full batches of batchSize. */
    const invoke = (delivery: Delivery, invocations: number): void => {
      ctx.stats.meter('invocations', invocations);
      inFlight += delivery.records;
      ctx.stats.bufferLatency.add(duration, delivery.records);
      running.push(delivery);
      ctx.schedule(ctx.now() + duration, finishNext);
    };

    return {
      // Started by a schedule or a workflow task: one invocation that carries no records and ends after the duration.
      onStart: (done) => ctx.schedule(ctx.now() + duration, done),
      readRate: (source: ReadSource) => (Math.min(concurrency, source.shards * config.parallelizationFactor) * config.batchSize) / duration,
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        if (delivery.kind === 'records') ctx.stats.endToEndLatency.add(now - delivery.producedAt, delivery.records);
        else for (const part of delivery.parts) ctx.stats.endToEndLatency.add(now - part.producedAt, part.records);
        if (delivery.kind === 'records' && delivery.polled) return invoke(delivery, Math.ceil(delivery.records / config.batchSize));
        // Pushed: an object is one invocation; loose records are one invocation each.
        const invocations = delivery.kind === 'object' ? 1 : delivery.records;
        const allowed = push.admit(now, { records: invocations, bytes: delivery.bytes }).records;
        if (allowed === invocations) return invoke(delivery, invocations);
        if (delivery.kind === 'object' || allowed === 0) {
          ctx.stats.recordsThrottled += delivery.records;
        } else {
          const bytes = Math.round((delivery.bytes * allowed) / delivery.records);
          ctx.stats.recordsThrottled += delivery.records - allowed;
          invoke(partOfCohort(delivery, allowed, bytes), allowed);
        }
        ctx.event('first-throttle', `${ctx.label}: invocations beyond ${concurrency} concurrent executions of ${duration} s are throttled.`);
      },
      finish() {
        ctx.stats.recordsBuffered += inFlight;
        if (ctx.stats.recordsThrottled > 0) {
          ctx.note(`${ctx.label}: ${ctx.stats.recordsThrottled} records throttled at ${concurrency} concurrent executions × 1 invocation per ${duration} s (${L.accountConcurrency.source}); asynchronous retries are not modelled.`);
        }
      },
    };
  },
};
