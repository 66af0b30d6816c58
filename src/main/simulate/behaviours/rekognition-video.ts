import { createInference } from './inference';
import type { Behaviour } from './types';

/**
 * Amazon Rekognition Video stream processor: analyses its one Kinesis video stream as the video
 * arrives, writing one result record of "result size" bytes per fragment (inference.ts) to its
 * Kinesis data stream or S3 bucket. Not rate-limited: a stream processor follows one stream in
 * real time, and the reference table gives no per-stream processing limit. The per-minute price of
 * stream processing is not in the reference table, so its cost is unknown.
 */
export const rekognitionVideoBehaviour: Behaviour<'rekognition-video'> = {
  create: (config, ctx) => createInference(ctx, { requestsPerSecond: Infinity, resultSizeBytes: config.resultSizeBytes }),
};
