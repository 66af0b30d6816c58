import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AWSIoTThingCamera.svg?raw';
import { KINESIS_VIDEO_LIMITS_TABLE as L } from '../limits/kinesis-video-streams';
import { defineKind } from '../types';
import { loadProfileSetting, sizeSpreadSetting } from '../workload';

/** Cameras streaming video with the Kinesis Video Streams Producer SDK. */
export const cameraFleet = defineKind({
  id: 'camera-fleet',
  title: 'Camera fleet',
  shortTitle: 'Cameras',
  category: 'sources',
  summary: 'Security, body or RTSP cameras streaming video to Kinesis Video Streams.',
  help:
    'A set of identical cameras, each sending its video as a sequence of fragments (a few seconds of media starting at a key frame) ' +
    'with the Kinesis Video Streams Producer SDK (PutMedia). Each camera writes to its own video stream: one PutMedia connection per stream, ' +
    `at most ${L.putMediaMbpsPerStream.value} Mbps (12.5 MB/s) each by default. Bitrate times camera count is the ingest volume ` +
    'that storage and consumers are sized and billed on; the fragment duration adds to the end-to-end latency.',
  icon,
  config: z.object({
    // Sanity bound for the simulator, not an AWS quota.
    cameraCount: z.number().int().min(1).max(100_000).default(4).meta({ title: 'Cameras', unit: 'cameras', description: 'Cameras streaming at the same time, one video stream each.' }),
    resolution: z.enum(['480p', '720p', '1080p', '4K']).default('1080p').meta({ title: 'Resolution', description: 'Frame size; it drives the bitrate a camera needs.' }),
    // Sanity bound, not an AWS quota.
    frameRate: z.number().int().min(1).max(120).default(15).meta({ title: 'Frame rate', unit: 'fps' }),
    bitrateKbps: z
      .number()
      .int()
      .min(1)
      .max(L.putMediaMbpsPerStream.value * 1_000)
      .default(2_000)
      .meta({ title: 'Bitrate', unit: 'kbit/s', description: `Encoded video bitrate of one camera. PutMedia takes up to ${L.putMediaMbpsPerStream.value} Mbps per stream (soft quota).` }),
    fragmentDurationSeconds: z
      .number()
      .positive()
      .default(2)
      .meta({ title: 'Fragment duration', unit: 's', description: 'Media per fragment (the key-frame interval). Consumers see a fragment only once it is complete.' }),
    fragmentSizeSpreadPercent: sizeSpreadSetting('Fragment'),
    loadProfile: loadProfileSetting(),
    codec: z.enum(['H.264', 'H.265']).default('H.264').meta({ title: 'Codec', description: 'Video codec; Rekognition Video stream processors read H.264.' }),
  }),
  inputs: [],
  outputs: [{ id: 'media', label: 'Video fragments', edgeKind: 'data' }],
});
