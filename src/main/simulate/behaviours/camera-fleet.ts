import { createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * Cameras streaming video: each camera sends one fragment per fragment duration, of
 * bitrate × duration / 8 bytes on average (a record here is one fragment), sizes within ± the
 * spread (variable bitrate). The load profile scales the fragments sent, as if that share of the
 * cameras were streaming.
 */
export const cameraFleetBehaviour: Behaviour<'camera-fleet'> = {
  create: (config, ctx) =>
    createSource(
      ctx,
      {
        recordsPerSecond: config.cameraCount / config.fragmentDurationSeconds,
        recordSizeBytes: Math.round((config.bitrateKbps * 1_000 * config.fragmentDurationSeconds) / 8),
        recordSizeSpreadPercent: config.fragmentSizeSpreadPercent,
        loadProfile: config.loadProfile,
        sources: config.cameraCount,
      },
      'a camera fleet',
    ),
};
