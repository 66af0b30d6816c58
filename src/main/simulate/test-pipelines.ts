// Pipelines for the simulator's tests and benchmark (not used by the app).
import { PIPELINE_FORMAT, PIPELINE_VERSION, type Pipeline, type SimulationSettings } from '../../shared/model/pipeline';

export interface ProducerSettings {
  recordsPerSecond?: number;
  recordSizeBytes?: number;
  recordSizeSpreadPercent?: number;
  loadProfile?: Record<string, unknown>;
}

/** Producer → Firehose → S3, with the Firehose buffer and simulation settings given. */
export function producerFirehoseS3(
  producer: ProducerSettings,
  firehose: { bufferSizeMiB?: number; bufferIntervalSeconds?: number },
  simulation: Partial<SimulationSettings>,
): Pipeline {
  return {
    format: PIPELINE_FORMAT,
    version: PIPELINE_VERSION,
    name: 'test',
    nodes: [
      { id: 'app', kind: 'app-producer', label: 'App', position: { x: 0, y: 0 }, config: { ...producer } },
      { id: 'fh', kind: 'kinesis-firehose', label: 'Firehose', position: { x: 200, y: 0 }, config: { ...firehose } },
      { id: 's3', kind: 's3-bucket', label: 'Bucket', position: { x: 400, y: 0 }, config: {} },
    ],
    edges: [
      { id: 'e1', source: 'app', target: 'fh' },
      { id: 'e2', source: 'fh', target: 's3' },
    ],
    simulation: { durationSeconds: 3_600, seed: 1, resolutionSeconds: 0.1, ...simulation },
  };
}
