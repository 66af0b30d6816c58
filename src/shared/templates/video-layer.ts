import { buildPipeline, node } from './build';
import type { PipelineTemplate, TemplateParts } from './types';

const about = {
  title: 'Video layer',
  description:
    'Cameras stream into Kinesis Video Streams; Rekognition Video and a SageMaker endpoint analyse the video and put their detections into a Kinesis data stream, which a Lambda reads to record them in DynamoDB.',
};

/** The nodes and edges, reused by the data lake template. */
export const videoLayerParts: TemplateParts = {
  nodes: [
    node('camera-fleet', 'cameras', 'Store cameras', [0, 1]),
    node('kinesis-video-stream', 'video', 'Camera video', [1, 1]),
    node('rekognition-video', 'rekognition', 'Face search', [2, 0]),
    node('sagemaker', 'model', 'Shelf model endpoint', [2, 2], { workload: { mode: 'endpoint' } }),
    node('kinesis-data-stream', 'detections', 'Detections', [3, 1]),
    node('lambda', 'recorder', 'Record detections', [4, 1]),
    node('dynamodb-table', 'events', 'Detection events', [5, 1]),
  ],
  edges: [
    ['cameras', 'video'],
    ['video', 'rekognition'],
    ['video', 'model'],
    ['rekognition', 'detections'],
    ['model', 'detections'],
    ['detections', 'recorder'],
    ['recorder', 'events'],
  ],
};

export const videoLayer: PipelineTemplate = {
  id: 'video-layer',
  ...about,
  build: () => buildPipeline(about, videoLayerParts.nodes, videoLayerParts.edges),
};
