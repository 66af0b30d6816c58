import { describe, expect, it } from 'vitest';
import { sagemakerS3WithoutGatewayEndpoint } from './sagemaker-s3-without-gateway-endpoint';
import { applyFix, findingsOf, pipelineOf } from '../testing';

const rule = sagemakerS3WithoutGatewayEndpoint;

describe('PW608 sagemaker-s3-without-gateway-endpoint', () => {
  it('flags SageMaker in a VPC reading a bucket directly; the fix adds an endpoint and reroutes the read', () => {
    const p = pipelineOf(
      [
        { id: 'lake', kind: 's3-bucket', label: 'Data lake' },
        { id: 'train', kind: 'sagemaker', label: 'Model training', config: { vpc: true } },
      ],
      [['lake', 'train']],
    );
    const findings = findingsOf(rule, p);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'PW608',
      severity: 'warning',
      message: 'Model training runs in a VPC but reads Data lake directly: route it through an S3 gateway endpoint to keep the traffic private',
      nodeId: 'train',
      edgeId: 'lake->train',
      fix: {
        label: 'Route through an S3 gateway endpoint',
        operations: [
          { op: 'add-node', node: { id: 'train-s3-endpoint', kind: 'vpc-endpoint', label: 'S3 gateway endpoint', position: { x: 0, y: 130 } } },
          { op: 'remove-edge', edgeId: 'lake->train' },
          { op: 'add-edge', edge: { id: 'lake->train-via-endpoint', source: 'lake', target: 'train-s3-endpoint', sourcePort: 'data', targetPort: 'from-s3' } },
          { op: 'add-edge', edge: { id: 'train-s3-endpoint-to-train', source: 'train-s3-endpoint', target: 'train', sourcePort: 'to-vpc', targetPort: 'objects' } },
        ],
      },
    });
    const fixed = applyFix(p, findings[0]!.fix!.operations);
    expect(findingsOf(rule, fixed)).toEqual([]);
    expect(fixed.edges.map((e) => `${e.source}->${e.target}`)).toEqual(['lake->train-s3-endpoint', 'train-s3-endpoint->train']);
  });

  it('reroutes reads and writes of several buckets through one endpoint, reusing one already connected', () => {
    const p = pipelineOf(
      [
        { id: 'in', kind: 's3-bucket', label: 'Training data' },
        { id: 'more', kind: 's3-bucket', label: 'More data' },
        { id: 'gw', kind: 'vpc-endpoint', label: 'Gateway' },
        { id: 'out', kind: 's3-bucket', label: 'Models' },
        { id: 'train', kind: 'sagemaker', label: 'Model training', config: { vpc: true } },
      ],
      [
        ['more', 'gw'],
        ['gw', 'train'],
        ['in', 'train'],
        ['train', 'out'],
      ],
    );
    let fixed = p;
    const findings = findingsOf(rule, p);
    expect(findings.map((f) => f.message)).toEqual([
      'Model training runs in a VPC but reads Training data directly: route it through an S3 gateway endpoint to keep the traffic private',
      'Model training runs in a VPC but writes to Models directly: route it through an S3 gateway endpoint to keep the traffic private',
    ]);
    expect(findings.flatMap((f) => f.fix!.operations).some((op) => op.op === 'add-node')).toBe(false);
    for (const f of findings) fixed = applyFix(fixed, f.fix!.operations);
    expect(findingsOf(rule, fixed)).toEqual([]);
    expect(fixed.nodes.filter((n) => n.kind === 'vpc-endpoint')).toHaveLength(1);
  });

  it('with network isolation outside a VPC, the fix also puts SageMaker in the VPC', () => {
    const p = pipelineOf(
      [
        { id: 'lake', kind: 's3-bucket', label: 'Data lake' },
        { id: 'train', kind: 'sagemaker', label: 'Model training', config: { networkIsolation: true } },
      ],
      [['lake', 'train']],
    );
    const [finding] = findingsOf(rule, p);
    expect(finding?.message).toBe('Model training runs with network isolation but reads Data lake directly: route it through an S3 gateway endpoint to keep the traffic private');
    expect(finding?.fix?.label).toBe('Run in a VPC and route through an S3 gateway endpoint');
    const fixed = applyFix(p, finding!.fix!.operations);
    expect(fixed.nodes.find((n) => n.id === 'train')?.config.vpc).toBe(true);
    expect(findingsOf(rule, fixed)).toEqual([]);
  });

  it('passes SageMaker outside a VPC, and SageMaker in a VPC behind an endpoint', () => {
    const p = pipelineOf(
      [
        { id: 'lake', kind: 's3-bucket' },
        { id: 'public', kind: 'sagemaker' },
        { id: 'gw', kind: 'vpc-endpoint' },
        { id: 'private', kind: 'sagemaker', config: { vpc: true } },
      ],
      [
        ['lake', 'public'],
        ['lake', 'gw'],
        ['gw', 'private'],
      ],
    );
    expect(findingsOf(rule, p)).toEqual([]);
  });
});
