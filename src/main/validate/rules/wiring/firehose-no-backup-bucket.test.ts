import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw211 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW211');

const toSplunk = (withBackup: boolean) =>
  buildPipeline(
    { title: 'Test', description: '' },
    [node('app-producer', 'apps', 'Apps', [0, 0]), node('kinesis-firehose', 'delivery', 'Log delivery', [1, 0]), node('splunk', 'siem', 'SIEM', [2, 0]), node('s3-bucket', 'backup', 'Backup', [2, 1])],
    [['apps', 'delivery'], ['delivery', 'siem'], ...(withBackup ? [['delivery', 'backup'] as const] : [])],
  );

describe('PW211 firehose-no-backup-bucket', () => {
  it('asks for the backup bucket of a Splunk destination; the fix adds one on the staging port', () => {
    const p = toSplunk(false);
    const [finding] = pw211(p);
    expect(finding).toMatchObject({
      code: 'PW211',
      severity: 'error',
      nodeId: 'delivery',
      message: 'Log delivery: its Splunk destination SIEM needs an S3 backup bucket: connect one to its staging/backup port',
      fix: {
        label: 'Add an S3 backup bucket',
        operations: [
          { op: 'add-node', node: { id: 'delivery-staging', kind: 's3-bucket', label: 'Log delivery backup' } },
          { op: 'add-edge', edge: { source: 'delivery', target: 'delivery-staging', sourcePort: 'staging' } },
        ],
      },
    });
    expect(finding?.path).toBeUndefined();
    expect(pw211(applyFix(p, finding))).toEqual([]);
  });

  it('names the setting for an HTTP endpoint and for backing up all records to S3', () => {
    const http = clickstreamPipeline({ firehose: { httpEndpoint: { enabled: true, name: 'x', url: 'https://example.com' } } });
    http.edges = http.edges.filter((e) => e.target !== 'bucket-1');
    expect(pw211(http)).toMatchObject([{ path: ['httpEndpoint', 'enabled'], message: 'Clickstream delivery: its HTTP endpoint destination needs an S3 backup bucket: connect one to its staging/backup port' }]);
    const all = clickstreamPipeline({ firehose: { s3BackupMode: 'All' } });
    const [finding] = pw211(all);
    expect(finding).toMatchObject({ path: ['s3BackupMode'], message: 'Clickstream delivery: backing up all source records needs an S3 backup bucket: connect one to its staging/backup port' });
    expect(pw211(applyFix(all, finding))).toEqual([]);
  });

  it('accepts a backup bucket, and S3 delivery without backup', () => {
    expect(pw211(toSplunk(true))).toEqual([]);
    expect(pw211(clickstreamPipeline())).toEqual([]);
  });
});
