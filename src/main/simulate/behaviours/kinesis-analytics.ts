import { forwardToEach, type Behaviour, type Delivery } from './types';

/**
 * Amazon Managed Service for Apache Flink (Kinesis Data Analytics): windowed results.
 * Modelling choices: a record arriving in the window [k·W, (k+1)·W) leaves at the window's end
 * (k+1)·W, to every target; a sliding window is taken as tumbling at the same size (its first
 * result for a record can come up to one slide earlier). One record out per record in: what an
 * aggregation would reduce to is not known from the settings, so counts downstream are an upper bound.
 * Not modelled: KPU throughput (no records/s per KPU in the reference data), checkpoints, auto scaling.
 * Records whose window has not closed when the run ends count as buffered.
 */
export const kinesisAnalyticsBehaviour: Behaviour<'kinesis-analytics'> = {
  create(config, ctx) {
    const window = config.windowSeconds;
    let held = 0;

    const release = (delivery: Delivery): void => {
      held -= delivery.records;
      forwardToEach(ctx, delivery);
    };

    return {
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        const end = (Math.floor(now / window + 1e-9) + 1) * window;
        held += delivery.records;
        ctx.stats.bufferLatency.add(end - now, delivery.records);
        ctx.schedule(end, () => release(delivery));
      },
      finish() {
        ctx.stats.recordsBuffered += held;
        if (config.windowType === 'sliding') ctx.note(`${ctx.label}: the sliding window is simulated as a tumbling window of ${window} s.`);
      },
    };
  },
};
