import { describe, expect, it } from 'vitest';
import { sagemakerEndpointOutsideVpc } from './sagemaker-endpoint-outside-vpc';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW617 sagemaker-endpoint-outside-vpc', () => {
  const nodes = (vpc: boolean) => [
    { id: 'lake', kind: 's3-bucket', label: 'Data lake' },
    { id: 'gw', kind: 'vpc-endpoint', label: 'S3 gateway endpoint' },
    { id: 'train', kind: 'sagemaker', label: 'Model training', config: { vpc } },
  ] as const;
  const edges = [
    ['lake', 'gw'],
    ['gw', 'train'],
  ] as const;

  it('flags SageMaker behind a gateway endpoint but not in a VPC; the fix puts it in the VPC', () => {
    const p = pipelineOf(nodes(false), edges);
    const findings = findingsOf(sagemakerEndpointOutsideVpc, p);
    expect(findings).toEqual([
      {
        code: 'PW617',
        severity: 'warning',
        message: 'Model training uses S3 gateway endpoint but does not run in a VPC: its S3 traffic bypasses the endpoint and its policy',
        nodeId: 'train',
        path: ['vpc'],
        fix: { label: 'Run in a VPC', operations: [{ op: 'set-config', nodeId: 'train', path: ['vpc'], value: true }] },
      },
    ]);
    expect(findingsOf(sagemakerEndpointOutsideVpc, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes SageMaker in a VPC, and SageMaker without an endpoint', () => {
    expect(findingsOf(sagemakerEndpointOutsideVpc, pipelineOf(nodes(true), edges))).toEqual([]);
    expect(findingsOf(sagemakerEndpointOutsideVpc, pipelineOf([{ id: 'train', kind: 'sagemaker' }]))).toEqual([]);
  });
});
