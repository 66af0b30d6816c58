import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonKinesisVideoStreams.svg?raw';
import { KINESIS_VIDEO_LIMITS_TABLE as L } from '../limits/kinesis-video-streams';
import { defineKind } from '../types';

/** Amazon Kinesis Video Streams: ingests, stores and serves time-indexed video. */
export const kinesisVideoStream = defineKind({
  id: 'kinesis-video-stream',
  title: 'Amazon Kinesis Video Streams',
  shortTitle: 'Video stream',
  category: 'ingest',
  summary: 'Ingests and stores live video for playback and ML (Rekognition, SageMaker).',
  help:
    'Receives fragments from camera producers (one video stream per camera), indexes them by time, keeps them for the retention period ' +
    '(0 h: nothing stored, up to 10 years) and serves them to consumers: Rekognition Video stream processors, SageMaker inference, HLS playback. ' +
    `Per stream: one PutMedia connection of up to ${L.putMediaMbpsPerStream.value} Mbps, at most ${L.getMediaConnectionsPerStream.value} concurrent GetMedia consumers (soft quotas). ` +
    'Storage is billed per GB-month of retained video.',
  icon,
  config: z.object({
    retentionHours: z
      .number()
      .int()
      .min(0)
      .max(L.retentionMaxHours.value)
      .default(24)
      .meta({ title: 'Retention', unit: 'h', description: `How long fragments are kept (0 = not stored, only streamed; at most ${L.retentionMaxHours.value.toLocaleString('en-US')} h = 10 years).` }),
    mediaType: z
      .string()
      .max(L.mediaTypeMaxLength.value)
      .regex(/^[\w.+-]+\/[\w.+-]+(,[\w.+-]+\/[\w.+-]+)*$/, 'Media type must look like video/h264 (several separated by commas)')
      .default('video/h264')
      .meta({ title: 'Media type', description: 'MIME type(s) of the stream, e.g. video/h264 or video/h264,audio/aac.' }),
    encryption: z
      .enum(['AWS managed key', 'customer managed key'])
      .default('AWS managed key')
      .meta({ title: 'Encryption', description: 'Video streams are always encrypted at rest with KMS: the aws/kinesisvideo key, or a key you manage (connect a KMS key).' }),
  }),
  inputs: [
    {
      id: 'media',
      label: 'Video',
      edgeKind: 'data',
      accepts: { 'camera-fleet': 'PutMedia (Kinesis Video Streams Producer SDK)' },
    },
    {
      id: 'key',
      label: 'KMS key',
      edgeKind: 'metadata',
      accepts: { 'kms-key': 'Stream encryption key (KmsKeyId)' },
      max: 1,
      maxReason: 'a video stream is encrypted with one KMS key',
    },
  ],
  outputs: [
    {
      id: 'media',
      label: 'Video consumers',
      edgeKind: 'data',
      only: ['rekognition-video', 'sagemaker'],
    },
  ],
});
