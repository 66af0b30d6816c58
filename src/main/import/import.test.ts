import { describe, expect, it } from 'vitest';
import { readTemplate } from './read-template';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { buildCloudFormation, cloudFormationYaml, toCloudFormation } from '../export/cloudformation';
import { ImportError, importCloudFormation } from './index';

const exportedYaml = (pipeline: Parameters<typeof cloudFormationYaml>[0]) => cloudFormationYaml(pipeline);

/** A small foreign template: a named bucket, an SNS topic that nothing models, and sections of all kinds. */
const FOREIGN = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Description: Landing bucket and its alarm topic.
Parameters:
  BucketName:
    Type: String
    Default: acme-landing
Conditions:
  Always: !Equals [a, a]
Resources:
  Landing:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Ref BucketName
      VersioningConfiguration: { Status: Enabled }
      NotificationConfiguration:
        TopicConfigurations:
          - Event: s3:ObjectCreated:*
            Topic: !Ref Arrivals
  Arrivals:
    Type: AWS::SNS::Topic
    Condition: Always
  Audit:
    Type: AWS::SNS::Topic
Outputs:
  LandingArn:
    Value: !GetAtt Landing.Arn
`;

describe('importCloudFormation', () => {
  it('reads settings through parameter defaults and keeps what they cannot say as overrides', async () => {
    const { pipeline, notes } = await importCloudFormation(FOREIGN, 'landing');
    expect(pipeline.name).toBe('landing');
    expect(pipeline.description).toBe('Landing bucket and its alarm topic.');
    const [bucket] = pipeline.nodes;
    expect(pipeline.nodes).toHaveLength(1);
    expect(bucket).toMatchObject({ id: 'landing', kind: 's3-bucket', label: 'Landing', config: { bucketName: 'acme-landing', versioning: true, encryption: 'none', blockPublicAccess: false } });
    const record = bucket!.cloudformation!.resources!.Landing!;
    expect(record.mode).toBe('patch');
    // The template's own property and its Ref to its own parameter are overrides; versioning is not.
    const paths = record.mode === 'patch' ? record.set.map((s) => s.path.join('.')) : [];
    expect(paths.sort()).toEqual(['Properties.BucketName', 'Properties.NotificationConfiguration']);
    expect(record.mode === 'patch' && record.unset.map((p) => p.join('.')).sort()).toEqual(['Properties.Tags', 'UpdateReplacePolicy']);
    // The topic only the bucket refers to is the bucket's; the other one is the pipeline's.
    expect(bucket!.cloudformation!.resources!.Arrivals).toEqual({ mode: 'keep', resource: { Type: 'AWS::SNS::Topic', Condition: 'Always' } });
    expect(pipeline.cloudformation).toMatchObject({
      resources: { Audit: { Type: 'AWS::SNS::Topic' } },
      sections: { Transform: 'AWS::LanguageExtensions', Conditions: { Always: { 'Fn::Equals': ['a', 'a'] } }, Description: 'Landing bucket and its alarm topic.' },
      parameters: { BucketName: { Type: 'String', Default: 'acme-landing' } },
      outputs: { LandingArn: { Value: { 'Fn::GetAtt': ['Landing', 'Arn'] } } },
    });
    expect(notes.join('\n')).toContain('Kept as they are: Audit (AWS::SNS::Topic).');
  });

  it('exports an edited setting that is not an override, and keeps the override', async () => {
    const { pipeline } = await importCloudFormation(FOREIGN, 'landing');
    pipeline.nodes[0]!.config.versioning = false;
    pipeline.nodes[0]!.config.bucketName = 'renamed-in-pipewright';
    const landing = toCloudFormation(pipeline).Resources.Landing!;
    expect(landing.Properties).not.toHaveProperty('VersioningConfiguration');
    expect(landing.Properties.BucketName).toEqual({ Ref: 'BucketName' });
  });

  it('keeps the logical id when the label changes', async () => {
    const { pipeline } = await importCloudFormation(exportedYaml(clickstreamPipeline()), 'x');
    for (const node of pipeline.nodes) node.label = `${node.label} renamed`;
    expect(Object.keys(toCloudFormation(pipeline).Resources).sort()).toEqual(Object.keys(toCloudFormation(clickstreamPipeline()).Resources).sort());
  });

  it('declares what new nodes need, though the import left it out', async () => {
    const { pipeline } = await importCloudFormation(FOREIGN, 'landing');
    expect(toCloudFormation(pipeline).Parameters).not.toHaveProperty('Environment');
    pipeline.nodes.push({ ...clickstreamPipeline().nodes[2]!, id: 'new-bucket', label: 'New bucket' });
    const template = toCloudFormation(pipeline);
    expect(template.Parameters).toHaveProperty('Environment');
    expect(template.Resources.NewBucket).toMatchObject({ Type: 'AWS::S3::Bucket' });
  });

  it('drops what refers to a deleted node, with a note', async () => {
    const { pipeline } = await importCloudFormation(FOREIGN, 'landing');
    pipeline.nodes = [];
    const { template } = buildCloudFormation(pipeline);
    expect(Object.keys(template.Resources)).toEqual(['Audit']);
    expect(template.Outputs).toBeUndefined();
    expect(JSON.stringify(template.Metadata)).toContain('Output LandingArn was left out: it refers to Landing, no longer in the pipeline.');
  });

  it('lays out a template without Pipewright metadata from left to right', async () => {
    const text = exportedYaml(clickstreamPipeline()).replace(/\nMetadata:\n( {2}.*\n)+/, '\n');
    const { pipeline } = await importCloudFormation(text, 'clicks');
    const x = (logicalId: string) => pipeline.nodes.find((n) => n.cloudformation?.logicalId === logicalId)!.position.x;
    expect(pipeline.nodes.map((n) => n.kind).sort()).toEqual(['kinesis-firehose', 's3-bucket']);
    expect(x('ClickstreamDelivery')).toBeLessThan(x('RawEvents'));
    expect(pipeline.edges).toEqual([{ id: 'e1', source: 'clickstream-delivery', target: 'raw-events', sourcePort: 'delivery', targetPort: 'objects' }]);
  });

  it('carries the settings a template cannot express in Metadata.Pipewright, and only those', () => {
    const pipeline = clickstreamPipeline({ bucket: { versioning: true, readsPerDay: 42, storageClass: 'Standard-IA' }, producer: { recordsPerSecond: 250 } });
    type NodeEntry = { Id: string; Kind: string; Label: string; LogicalId: string; Settings: string };
    const { Pipewright: metadata } = readTemplate(cloudFormationYaml(pipeline)).template.Metadata as {
      Pipewright: { Nodes: Record<string, NodeEntry>; NodesWithoutResources: NodeEntry[]; Edges: unknown[] };
    };
    expect(JSON.parse(metadata.Nodes.RawEvents!.Settings)).toEqual({ readsPerDay: 42, storageClass: 'Standard-IA' });
    expect(metadata.Nodes.RawEvents).toMatchObject({ Id: 'bucket-1', Kind: 's3-bucket', Label: 'Raw events', Position: { x: 600, y: 200 } });
    const producer = metadata.NodesWithoutResources.find((n) => n.Id === 'producer-1')!;
    expect(producer).toMatchObject({ Kind: 'app-producer', LogicalId: 'WebAppProducers' });
    expect(JSON.parse(producer.Settings).recordsPerSecond).toBe(250);
    expect(metadata.Edges).toHaveLength(2);
  });

  it('refuses what is not a template with an ImportError', async () => {
    await expect(importCloudFormation('kind: Pod\napiVersion: v1\n', 'x')).rejects.toThrow(ImportError);
  });
});
