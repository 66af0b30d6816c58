import type { ConfigOf } from '../../../shared/catalog/registry';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../shared/catalog/limits/kinesis-data-streams';
import { MIB } from '../../../shared/catalog/limits/units';
import { bytesOfPart, oversizeRecords, windowQuota } from './quota';
import { Fifo } from '../fifo';
import { partOfCohort } from './cohort';
import type { Behaviour, Cohort, NodeContext, ReadSource } from './types';
import { refuse } from './types';

/** Unread records of one cohort, in one consumer's queue. */
interface Part {
  remaining: number;
  bytes: number;
  readonly total: number;
  /** All `total` records as consumers receive them (polled), shared by every consumer's part: a whole part is delivered as is. */
  readonly whole: Cohort;
  readonly arrivedAt: number;
}

interface Consumer {
  readonly id: string | undefined;
  readonly efo: boolean;
  readonly queue: Fifo<Part>;
  credit: number;
}

type Config = ConfigOf<'kinesis-data-stream'>;

/**
 * Amazon Kinesis Data Streams. Each arriving cohort:
 * 1. drops records over the 1 MiB record limit (recordsDropped);
 * 2. is held to the write capacity per window of max(1 s, resolution), the excess throttled
 *    (ProvisionedThroughputExceeded; producers modelled without retries, as for Firehose).
 *    Provisioned: 1 MiB/s and 1,000 records/s per shard, and the hottest shard limits the stream:
 *    a cohort costs records × (hottest shard's share) × shards. Shares: random keys 1/S, one key 1,
 *    per-source ⌈K/S⌉/K for K sources (keys hashed evenly; a source that does not say K counts as
 *    evenly spread); a hot key share h makes it h + (1 − h) × that share. On-demand: max(default, 2 × the peak admitted rate seen ≥ 15 min ago), capped
 *    at the us-east-1 maximum; AWS splits hot shards itself, so skew is not applied.
 * 3. is queued once per consumer (each consumer reads every record; stats count one copy per
 *    consumer, as a producer does per target). Every window a consumer reads from its queue front
 *    at the smaller of its read share (classic: 2 MiB/s per shard shared by the classic consumers;
 *    enhanced fan-out: 2 MiB/s per shard each) and its own pace (a Lambda's readRate). The wait
 *    is the iterator age (bufferLatency). Unread records older than the retention are lost: a
 *    cohort's records are taken as spread over one resolution step, so expiry is exact at step
 *    boundaries and within one resolution step otherwise.
 * The first targets in edge order are the enhanced fan-out consumers (as many as registered).
 * Utilization: the write capacity of the hottest shard (records/s or MiB/s); reads are not counted.
 */
export const kinesisDataStreamBehaviour: Behaviour<'kinesis-data-stream'> = {
  create(config, ctx) {
    const retention = config.retentionHours * 3_600;
    const span = ctx.settings.resolutionSeconds;
    const write = writeCapacity(config, ctx);
    const efoCount = Math.min(config.enhancedFanOutConsumers.length, ctx.targets.length);
    const classicCount = ctx.targets.length - efoCount;
    // With no consumer, one queue nobody reads: records wait out the retention and are lost.
    const consumers: Consumer[] = (ctx.targets.length === 0 ? [undefined] : ctx.targets).map((id, i) => ({ id, efo: i < efoCount, queue: new Fifo<Part>(), credit: 0 }));
    let running = false;
    let maxIteratorAge = 0;
    // One ReadSource per shard count, so that a read every window allocates nothing.
    let source: ReadSource = { shards: Number.NaN };
    const readSource = (shards: number): ReadSource => (source.shards === shards ? source : (source = { shards }));

    const readBytesPerSecond = (c: Consumer, now: number): number => {
      const shardBytes = write.shards(now) * (c.efo ? L.efoMiBPerSecondPerConsumerPerShard.value : L.shardReadMiBPerSecond.value) * MIB;
      return c.efo ? shardBytes : shardBytes / classicCount;
    };

    const expire = (c: Consumer, now: number): void => {
      for (let i = 0; i < c.queue.length; i++) {
        const part = c.queue.at(i)!;
        const share = Math.min(1, Math.max(0, (now - retention - part.arrivedAt) / span));
        if (share === 0) break;
        const lost = Math.min(part.remaining, Math.floor(part.total * share + 1e-9) - (part.total - part.remaining));
        if (lost <= 0) continue;
        const lostBytes = lost === part.remaining ? part.bytes : Math.round((part.bytes * lost) / part.remaining);
        part.remaining -= lost;
        part.bytes -= lostBytes;
        ctx.stats.recordsLost += lost;
        ctx.event('retention-loss-begins', `${ctx.label}: unread records older than the ${config.retentionHours} h retention expire${c.id ? ` before ${c.id} reads them` : ''}.`);
      }
      while (c.queue.length > 0 && c.queue.at(0)!.remaining === 0) c.queue.shift();
    };

    const read = (c: Consumer, now: number, dt: number): void => {
      if (c.id === undefined) return;
      const pace = ctx.readRate(c.id, readSource(write.shards(now)));
      let bytesLeft = readBytesPerSecond(c, now) * dt;
      const credit = c.credit + (pace ?? Infinity) * dt;
      let recordsLeft = Math.floor(credit + 1e-9);
      const allowance = recordsLeft;
      while (c.queue.length > 0 && recordsLeft > 0 && bytesLeft > 0) {
        const part = c.queue.at(0)!;
        const take = Math.min(part.remaining, recordsLeft, Math.floor((bytesLeft * part.remaining) / part.bytes));
        if (take <= 0) break;
        const bytes = take === part.remaining ? part.bytes : Math.round((part.bytes * take) / part.remaining);
        part.remaining -= take;
        part.bytes -= bytes;
        recordsLeft -= take;
        bytesLeft -= bytes;
        if (part.remaining === 0) c.queue.shift();
        maxIteratorAge = Math.max(maxIteratorAge, now - part.arrivedAt);
        ctx.stats.bufferLatency.add(now - part.arrivedAt, take);
        ctx.stats.sent(now, take, bytes);
        ctx.deliver(c.id, take === part.total ? part.whole : partOfCohort(part.whole, take, bytes));
      }
      // Fractions of a record carry over; unused allowance does not (an idle reader banks nothing).
      c.credit = recordsLeft === 0 && Number.isFinite(credit) ? credit - allowance : 0;
    };

    let lastTick = 0;
    const tick = (): void => {
      const now = ctx.now();
      const dt = now - lastTick;
      lastTick = now;
      for (const c of consumers) {
        expire(c, now);
        read(c, now, dt);
      }
      let waiting = false;
      let readable = false;
      let nextExpiry = Infinity;
      for (const c of consumers) {
        if (c.queue.length === 0) continue;
        waiting = true;
        if (c.id !== undefined) readable = true;
        nextExpiry = Math.min(nextExpiry, c.queue.at(0)!.arrivedAt + retention);
      }
      if (!waiting) {
        running = false;
        return;
      }
      // Nobody reads: sleep until the oldest record starts to expire.
      ctx.schedule(readable ? now + write.window : Math.max(now + write.window, nextExpiry), tick);
    };

    const accept = (cohort: Cohort): void => {
      const now = ctx.now();
      ctx.stats.received(now, cohort.records, cohort.bytes);
      const oversize = oversizeRecords(ctx, cohort, L.maxRecordMiB.value * MIB);
      ctx.stats.recordsDropped += oversize.records;
      if (oversize.records === cohort.records) return;
      const offered = cohort.records - oversize.records;
      const offeredBytes = cohort.bytes - oversize.bytes;
      const allowed = write.admit(now, offered, offeredBytes, cohort);
      const allowedBytes = bytesOfPart(allowed, offered, offeredBytes);
      const throttled = offered - allowed;
      if (throttled > 0) {
        ctx.stats.recordsThrottled += throttled;
        ctx.event('first-throttle', `${ctx.label}: writes over the stream's capacity are refused (ProvisionedThroughputExceeded).`);
      }
      if (allowed === 0) return;
      const whole = partOfCohort(cohort, allowed, allowedBytes, true);
      for (let i = 0; i < consumers.length; i++) {
        if (i > 0) ctx.stats.received(now, allowed, allowedBytes);
        consumers[i]!.queue.push({ remaining: allowed, bytes: allowedBytes, total: allowed, whole, arrivedAt: now });
      }
      if (!running) {
        running = true;
        lastTick = now - write.window;
        ctx.schedule(now, tick);
      }
    };

    return {
      receive: (delivery) => (delivery.kind === 'records' ? accept(delivery) : refuse(ctx, delivery, 'objects (a stream takes records)')),
      finish: () => {
        for (const c of consumers) for (let i = 0; i < c.queue.length; i++) ctx.stats.recordsBuffered += c.queue.at(i)!.remaining;
        const { recordsThrottled: throttled, recordsLost: lost, recordsDropped: dropped } = ctx.stats;
        if (dropped > 0) ctx.note(`${ctx.label}: ${dropped} records over the ${L.maxRecordMiB.value} MiB record limit were dropped (${L.maxRecordMiB.source}).`);
        if (throttled > 0) ctx.note(`${ctx.label}: ${throttled} records throttled at the write capacity (${write.describe}; ${L.shardWriteMiBPerSecond.source}); producers are modelled without retries.`);
        if (lost > 0) ctx.note(`${ctx.label}: ${lost} records expired unread after the ${config.retentionHours} h retention; the oldest record read waited ${Math.round(maxIteratorAge)} s (iterator age).`);
        if (classicCount / L.kclPollIntervalSeconds.value > L.getRecordsCallsPerSecondPerShard.value) {
          ctx.note(`${ctx.label}: ${classicCount} classic consumers polling every ${L.kclPollIntervalSeconds.value} s exceed ${L.getRecordsCallsPerSecondPerShard.value} GetRecords calls/s per shard: reads are throttled and latency grows; register enhanced fan-out consumers. Only the shared read bandwidth is modelled.`);
        }
      },
    };
  },
};

/** The stream's write capacity (see the model above), its shard count, and a description for notes. */
function writeCapacity(config: Config, ctx: NodeContext) {
  if (config.capacity.mode === 'provisioned') {
    const shards = config.capacity.shardCount;
    const quota = windowQuota(ctx, { recordsPerSecond: L.shardWriteRecordsPerSecond.value * shards, bytesPerSecond: L.shardWriteMiBPerSecond.value * MIB * shards });
    const strategy = config.partitionKeyStrategy;
    // A hot key's records all land on its shard, which also takes its even part of the rest.
    const hot = config.hotKeySharePercent / 100;
    const hottestShare = (cohort: Cohort): number => {
      if (strategy === 'single-key') return 1;
      const spread = strategy === 'random' || cohort.sources === undefined ? 1 / shards : Math.ceil(cohort.sources / shards) / cohort.sources;
      return hot + (1 - hot) * spread;
    };
    return {
      window: quota.window,
      shards: () => shards,
      admit: (now: number, records: number, bytes: number, cohort: Cohort) => quota.admitRecords(now, records, bytes, hottestShare(cohort) * shards),
      describe: `${shards} shards × ${L.shardWriteRecordsPerSecond.value} records/s and ${L.shardWriteMiBPerSecond.value} MiB/s, the hottest shard limiting the stream (${strategy} partition keys${hot > 0 ? `, ${config.hotKeySharePercent} % of records on one hot key` : ''})`,
    };
  }
  // On-demand: scale = how many times the default capacity the stream has now.
  const defaultBytes = L.onDemandDefaultWriteMiBPerSecond.value * MIB;
  const defaultRecords = L.onDemandDefaultWriteRecordsPerSecond.value;
  const maxScale = L.onDemandMaxWriteMiBPerSecond.value / L.onDemandDefaultWriteMiBPerSecond.value;
  const observed: { at: number; scale: number }[] = [];
  let scale = 1;
  const scaleAt = (now: number): number => {
    while (observed.length > 0 && observed[0]!.at + L.onDemandScaleUpSeconds.value <= now) scale = Math.max(scale, observed.shift()!.scale);
    return scale;
  };
  const quota = windowQuota(ctx, (now) => ({ recordsPerSecond: defaultRecords * scaleAt(now), bytesPerSecond: defaultBytes * scaleAt(now) }));
  let windowIndex = -1;
  let records = 0;
  let bytes = 0;
  const observe = (now: number, admittedRecords: number, admittedBytes: number) => {
    const index = Math.floor(now / quota.window);
    if (index !== windowIndex) [windowIndex, records, bytes] = [index, 0, 0];
    records += admittedRecords;
    bytes += admittedBytes;
    const peak = Math.min(maxScale, (L.onDemandPeakMultiplier.value * Math.max(records / defaultRecords, bytes / defaultBytes)) / quota.window);
    const end = (index + 1) * quota.window;
    const last = observed.at(-1);
    if (last && last.at === end) last.scale = Math.max(last.scale, peak);
    else if (peak > scale) observed.push({ at: end, scale: peak });
  };
  return {
    window: quota.window,
    // Shard equivalents: the current write capacity in units of one shard's.
    shards: (now: number) => Math.ceil((scaleAt(now) * L.onDemandDefaultWriteMiBPerSecond.value) / L.shardWriteMiBPerSecond.value),
    admit: (now: number, records: number, bytes: number) => {
      const allowed = quota.admitRecords(now, records, bytes);
      observe(now, allowed, bytesOfPart(allowed, records, bytes));
      return allowed;
    },
    describe: `on-demand, from ${L.onDemandDefaultWriteRecordsPerSecond.value} records/s and ${L.onDemandDefaultWriteMiBPerSecond.value} MiB/s, scaling to ${L.onDemandPeakMultiplier.value}× the peak after ${L.onDemandScaleUpSeconds.value} s, at most ${L.onDemandMaxWriteMiBPerSecond.value} MiB/s`,
  };
}
