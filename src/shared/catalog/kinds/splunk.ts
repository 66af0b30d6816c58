import { z } from 'zod';
import icon from 'aws-icons/icons/resource/GenericApplication.svg?raw';
import { SPLUNK_LIMITS_TABLE as L } from '../limits/splunk';
import { defineKind } from '../types';

/** A Splunk deployment outside AWS, reached by Firehose through the HTTP Event Collector. */
export const splunk = defineKind({
  id: 'splunk',
  title: 'Splunk (HTTP Event Collector)',
  shortTitle: 'Splunk',
  category: 'storage',
  summary: 'Splunk Enterprise or Splunk Cloud, fed by a Firehose through HEC.',
  help:
    'A Splunk deployment outside AWS that a Firehose delivery stream feeds through the HTTP Event Collector (HEC): the only AWS service in this catalog that writes to it. ' +
    `Firehose sends batches of about ${L.bufferSizeMiB.value} MiB or ${L.bufferIntervalSeconds.value} s, waits for Splunk's indexer acknowledgment (${L.hecAcknowledgmentTimeoutMinSeconds.value}–${L.hecAcknowledgmentTimeoutMaxSeconds.value} s), ` +
    `retries for up to ${L.retryDurationMaxSeconds.value} s, then backs the events up to S3. Raw endpoints take any text; event endpoints expect Splunk's JSON event format. Keep the HEC token in Secrets Manager.`,
  icon,
  config: z.object({
    hecEndpoint: z
      .string()
      .max(L.hecEndpointMaxLength.value)
      .regex(/^https?:\/\/[^\s/]+(:\d+)?(\/\S*)?$/, 'Expected an HEC URL such as https://splunk.example.com:8088')
      .default('https://splunk.example.com:8088')
      .meta({ title: 'HEC endpoint', description: 'URL of the HTTP Event Collector, reachable from Firehose.' }),
    hecEndpointType: z.enum(['Raw', 'Event']).default('Raw').meta({ title: 'HEC endpoint type', description: 'Raw: any text, parsed by Splunk. Event: Splunk JSON events (a Lambda transform usually formats them).' }),
    hecTokenSecretArn: z
      .string()
      .default('')
      .refine((arn) => arn === '' || /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(arn), 'Expected a Secrets Manager secret ARN')
      .meta({ title: 'HEC token secret', description: 'Secrets Manager secret holding the HEC token; the token itself is never stored in the pipeline file.' }),
    hecAcknowledgmentTimeoutSeconds: z
      .number()
      .int()
      .min(L.hecAcknowledgmentTimeoutMinSeconds.value)
      .max(L.hecAcknowledgmentTimeoutMaxSeconds.value)
      .default(L.hecAcknowledgmentTimeoutMinSeconds.value)
      .meta({ title: 'Acknowledgment timeout', unit: 's', description: 'How long Firehose waits for the indexer acknowledgment before retrying.' }),
    retryDurationSeconds: z
      .number()
      .int()
      .min(0)
      .max(L.retryDurationMaxSeconds.value)
      .default(300)
      .meta({ title: 'Retry duration', unit: 's', description: 'Total time Firehose keeps retrying a failed batch before backing it up to S3.' }),
  }),
  inputs: [{ id: 'records', label: 'Events', edgeKind: 'data', accepts: { 'kinesis-firehose': 'Firehose delivery to Splunk (HTTP Event Collector)' } }],
  outputs: [],
});
