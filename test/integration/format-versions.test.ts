import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/shared/model/pipeline';
import { parsePipeline, serializePipeline } from '../../src/shared/model/serialize';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/format/${name}`, import.meta.url), 'utf8');

describe('document format versions', () => {
  it('opens a version 1 file in the current shape (add-description)', () => {
    const pipeline = parsePipeline(fixture('v1-firehose-lab.pipewright'));
    expect(pipeline.version).toBe(PIPELINE_VERSION);
    expect(pipeline.description).toBe('');
    expect(pipeline.nodes.map((n) => n.id)).toEqual(['producers', 'delivery', 'raw']);
    expect(serializePipeline(pipeline)).toMatch(new RegExp(`^\\{\\n {2}"format": "pipewright",\\n {2}"version": ${PIPELINE_VERSION},\\n {2}"name": "Firehose lab \\(format 1\\)",\\n {2}"description": "",`));
  });

  it('opens a version 2 file in the current shape (add-cloudformation-records): no import records', () => {
    const pipeline = parsePipeline(fixture('v2-firehose-lab.pipewright'));
    expect(pipeline.version).toBe(PIPELINE_VERSION);
    expect(pipeline.description).toBe('Producers put records into Firehose, which writes them to S3.');
    expect(pipeline.suppressions).toEqual([{ code: 'PW601', target: 'raw', justification: 'Encrypted by the landing account' }]);
    expect(pipeline.cloudformation).toBeUndefined();
    expect(pipeline.nodes.map((n) => n.cloudformation)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps CloudFormation import records through save and open, in a fixed key order', () => {
    const pipeline = parsePipeline(fixture('v2-firehose-lab.pipewright'));
    pipeline.nodes[2]!.cloudformation = {
      logicalId: 'RawBucket',
      resources: {
        RawBucket: { mode: 'patch', set: [{ path: ['Properties', 'Tags'], value: [{ Key: 'team', Value: 'data' }] }], unset: [['DeletionPolicy']] },
        RawBucketPolicy: { mode: 'omit' },
        RawBucketAlarm: { mode: 'keep', resource: { Type: 'AWS::CloudWatch::Alarm', Properties: { Threshold: 1 } } },
      },
    };
    pipeline.cloudformation = { resources: { Topic: { Type: 'AWS::SNS::Topic' } }, sections: { Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } }, omitOutputs: ['RawBucketArn'] };
    const text = serializePipeline(pipeline);
    expect(parsePipeline(text)).toEqual(pipeline);
    expect(serializePipeline(parsePipeline(text))).toBe(text);
    // The node's record comes after its settings, the pipeline's after the suppressions.
    expect(text.indexOf('"cloudformation"')).toBeGreaterThan(text.indexOf('"config"'));
    expect(text.lastIndexOf('"cloudformation"')).toBeGreaterThan(text.indexOf('"suppressions"'));
  });

  it('refuses a malformed import record with its path', () => {
    const doc = JSON.parse(fixture('v2-firehose-lab.pipewright'));
    doc.version = PIPELINE_VERSION;
    doc.nodes[0].cloudformation = { logicalId: 'Not-an-id' };
    expect(() => parsePipeline(JSON.stringify(doc))).toThrow(/^nodes\[0\]\.cloudformation\.logicalId: Expected a CloudFormation logical id/);
  });

  it('round-trips the current version unchanged', () => {
    const pipeline = parsePipeline(fixture('v1-firehose-lab.pipewright'));
    expect(parsePipeline(serializePipeline(pipeline))).toEqual(pipeline);
  });

  it('refuses a newer version by name', () => {
    const newer = fixture('v1-firehose-lab.pipewright').replace('"version": 1', `"version": ${PIPELINE_VERSION + 1}`);
    expect(() => parsePipeline(newer)).toThrow(`version: written by a newer Pipewright (format version ${PIPELINE_VERSION + 1}); this version reads up to ${PIPELINE_VERSION}`);
  });

  it('keeps a pinned node pinned through save and open; unpinned nodes write no pinned key', () => {
    const pipeline = parsePipeline(fixture('v2-firehose-lab.pipewright'));
    expect(pipeline.nodes.map((n) => n.pinned)).toEqual([undefined, undefined, undefined]);
    pipeline.nodes[1]!.pinned = true;
    const text = serializePipeline(pipeline);
    expect(text.match(/"pinned"/g)).toHaveLength(1);
    expect(parsePipeline(text).nodes.map((n) => n.pinned)).toEqual([undefined, true, undefined]);
    expect(serializePipeline(parsePipeline(text))).toBe(text);
  });
});
