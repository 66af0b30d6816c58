import { windowQuota } from './quota';
import { forwardToEach, type Cohort, type Delivery, type NodeContext, type ObjectPart } from './types';

export interface InferenceModel {
  /** Requests answered per second in all; Infinity: not limited. */
  readonly requestsPerSecond: number;
  /** Bytes of the one result each request produces. */
  readonly resultSizeBytes: number;
}

/**
 * Shared by model-serving kinds (a SageMaker endpoint, a Rekognition stream processor): every record
 * received (a video fragment, an event) is one request, and each answered request becomes one result
 * record of `resultSizeBytes`, sent on at once to every target (a sink without one). Requests beyond
 * `requestsPerSecond`, counted per window of max(1 s, resolution), are throttled (the caller's
 * retries are not modelled). Results keep their input's production time, for end-to-end latency.
 */
export function createInference(ctx: NodeContext, model: InferenceModel) {
  const quota = Number.isFinite(model.requestsPerSecond) ? windowQuota(ctx, () => ({ recordsPerSecond: model.requestsPerSecond, bytesPerSecond: Infinity })) : undefined;

  const results = (part: ObjectPart, records: number): Cohort => ({
    kind: 'records',
    records,
    bytes: records * model.resultSizeBytes,
    producedAt: part.producedAt,
    minRecordBytes: model.resultSizeBytes,
    maxRecordBytes: model.resultSizeBytes,
    ...(part.origin === undefined ? {} : { origin: part.origin }),
  });

  return {
    receive(delivery: Delivery): void {
      const now = ctx.now();
      ctx.stats.received(now, delivery.records, delivery.bytes);
      const answered = quota ? quota.admit(now, delivery).records : delivery.records;
      if (answered < delivery.records) {
        ctx.stats.recordsThrottled += delivery.records - answered;
        ctx.event('first-throttle', `${ctx.label}: requests beyond ${model.requestsPerSecond} per second are throttled.`);
      }
      if (answered === 0) return;
      const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
      // Answered requests are taken from the oldest parts first.
      let left = answered;
      for (const [i, part] of parts.entries()) {
        const records = i === parts.length - 1 ? left : Math.min(left, Math.floor(part.records));
        if (records <= 0) continue;
        left -= records;
        ctx.stats.endToEndLatency.add(now - part.producedAt, records);
        const cohort = results(part, records);
        // forwardToEach counts the results out (bytes are the results', not the inputs').
        forwardToEach(ctx, cohort);
      }
    },
  };
}
