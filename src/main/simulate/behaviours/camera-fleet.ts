import { CONSTANT, createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * Cameras streaming video: each camera sends one fragment per fragment duration, of
 * bitrate × duration / 8 bytes (a record here is one fragment). Constant: the kind has no load profile.
 */
export const cameraFleetBehaviour: Behaviour<'camera-fleet'> = {
  create: (config, ctx) =>
    createSource(
      ctx,
      {
        recordsPerSecond: config.cameraCount / config.fragmentDurationSeconds,
        recordSizeBytes: Math.round((config.bitrateKbps * 1_000 * config.fragmentDurationSeconds) / 8),
        recordSizeSpreadPercent: 0,
        loadProfile: CONSTANT,
        sources: config.cameraCount,
      },
      'a camera fleet',
    ),
};
