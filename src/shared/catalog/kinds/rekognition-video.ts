import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AmazonRekognitionVideo.svg?raw';
import { REKOGNITION_LIMITS_TABLE as L } from '../limits/rekognition';
import { defineKind } from '../types';

/** Amazon Rekognition Video stream processor analysing a Kinesis video stream. */
export const rekognitionVideo = defineKind({
  id: 'rekognition-video',
  title: 'Amazon Rekognition Video stream processor',
  shortTitle: 'Rekognition Video',
  category: 'compute',
  summary: 'Detects faces or people, pets and packages in live video.',
  help:
    'A stream processor reads one Kinesis video stream and analyses it continuously. Face search compares faces with a collection and ' +
    'writes match records to a Kinesis data stream (read them with Lambda); connected-home label detection finds people, pets and ' +
    'packages and writes frames and results to S3, with notifications through SNS. ' +
    `Face matches below ${L.faceMatchThresholdEffectiveMin.value} % similarity are never returned. Billed per minute of video processed.`,
  icon,
  config: z.object({
    mode: z
      .enum(['face-search', 'connected-home'])
      .default('face-search')
      .meta({ title: 'Analysis', description: 'face-search: match faces against a collection, results to a Kinesis data stream. connected-home: detect people, pets and packages, results to S3.' }),
    collectionId: z
      .string()
      .min(1)
      .max(L.collectionIdMaxLength.value)
      .regex(/^[a-zA-Z0-9_.-]+$/, 'Collection id may contain letters, digits, _ . and -')
      .default('known-faces')
      .meta({ title: 'Face collection', description: 'Face search: the collection holding the faces to look for.' }),
    faceMatchThreshold: z
      .number()
      .min(0)
      .max(100)
      .default(L.faceMatchThresholdDefault.value)
      .meta({ title: 'Face match threshold', unit: '%', description: `Face search: minimum similarity (0–100; values under ${L.faceMatchThresholdEffectiveMin.value} are raised to ${L.faceMatchThresholdEffectiveMin.value}).` }),
    labels: z
      .array(z.enum(['PERSON', 'PET', 'PACKAGE', 'ALL']))
      .min(1)
      .default(['PERSON', 'PACKAGE'])
      .meta({ title: 'Labels', description: 'Connected home: what to detect (PERSON, PET, PACKAGE or ALL).' }),
    // A workload assumption for the simulator: results depend on what the cameras see.
    resultSizeBytes: z.number().int().min(1).default(1_000).meta({ title: 'Result size (simulation)', unit: 'bytes', description: 'Size of the result record written for each video fragment analysed.' }),
    // A percentage by definition; 80 is our starting point, not an AWS default.
    minConfidence: z.number().min(0).max(100).default(80).meta({ title: 'Minimum confidence', unit: '%', description: 'Connected home: detections below this confidence are not reported.' }),
  }),
  inputs: [
    {
      id: 'video',
      label: 'Video',
      edgeKind: 'data',
      accepts: { 'kinesis-video-stream': 'Stream processor input (Kinesis video stream)' },
      max: 1,
      maxReason: 'a stream processor reads one Kinesis video stream',
    },
  ],
  outputs: [
    {
      id: 'results',
      label: 'Results',
      edgeKind: 'data',
      only: ['kinesis-data-stream', 's3-bucket'],
      max: 1,
      maxReason: 'a stream processor has one output: a Kinesis data stream (face search) or an S3 bucket (label detection)',
    },
  ],
});
