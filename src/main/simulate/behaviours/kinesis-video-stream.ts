import { KINESIS_VIDEO_LIMITS_TABLE as L } from '../../../shared/catalog/limits/kinesis-video-streams';
import { windowQuota } from './quota';
import { forwardToEach, type Behaviour } from './types';

/** PutMedia bandwidth of one stream, bytes/s (Mbps × 10⁶ / 8). */
const STREAM_BYTES_PER_SECOND = (L.putMediaMbpsPerStream.value * 1e6) / 8;

/**
 * Amazon Kinesis Video Streams: one stream per camera (the cohort's `sources`, else one), each
 * taking at most the PutMedia bandwidth per stream (reference table, soft quota); fragments
 * beyond it are throttled. Cameras are taken as equally loaded (the limit is checked on the fleet
 * total: exact for identical cameras). What is accepted goes on to every consumer at once.
 * Not modelled: retention storage, fragment latency, the GetMedia consumer limit.
 */
export const kinesisVideoStreamBehaviour: Behaviour<'kinesis-video-stream'> = {
  create(_config, ctx) {
    let streams = 1;
    const quota = windowQuota(ctx, () => ({ recordsPerSecond: Infinity, bytesPerSecond: STREAM_BYTES_PER_SECOND * streams }));
    return {
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        if (delivery.kind === 'records' && delivery.sources !== undefined) streams = Math.max(streams, delivery.sources);
        const { records, bytes } = quota.admit(now, delivery);
        ctx.stats.recordsThrottled += delivery.records - records;
        if (records < delivery.records) ctx.event('first-throttle', `${ctx.label}: video beyond ${L.putMediaMbpsPerStream.value} Mbps per stream is throttled.`);
        if (records === 0) return;
        forwardToEach(ctx, { ...delivery, records, bytes });
      },
    };
  },
};
