import { describe, expect, it } from 'vitest';
import { redshiftEnhancedVpcRoutingOff } from './redshift-enhanced-vpc-routing-off';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW611 redshift-enhanced-vpc-routing-off', () => {
  it('flags Redshift loading from S3 and a Firehose without enhanced VPC routing; the fix turns it on', () => {
    const p = pipelineOf(
      [
        { id: 'lake', kind: 's3-bucket', label: 'Data lake' },
        { id: 'fh', kind: 'kinesis-firehose', label: 'Warehouse delivery' },
        { id: 'wh', kind: 'redshift', label: 'Warehouse' },
        { id: 'unload', kind: 's3-bucket', label: 'Exports' },
      ],
      [
        ['lake', 'wh'],
        ['fh', 'wh'],
        ['wh', 'unload'],
      ],
    );
    const findings = findingsOf(redshiftEnhancedVpcRoutingOff, p);
    expect(findings).toEqual([
      {
        code: 'PW611',
        severity: 'info',
        message:
          "Warehouse: enhanced VPC routing is off, so its S3 traffic (Data lake, Warehouse delivery's staging bucket, Exports) takes the internet route, outside the VPC's endpoint policies and flow logs",
        nodeId: 'wh',
        path: ['enhancedVpcRouting'],
        fix: {
          label: 'Turn on enhanced VPC routing (the VPC then needs an S3 gateway endpoint)',
          operations: [{ op: 'set-config', nodeId: 'wh', path: ['enhancedVpcRouting'], value: true }],
        },
      },
    ]);
    expect(findingsOf(redshiftEnhancedVpcRoutingOff, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes Redshift that does not touch S3', () => {
    const p = pipelineOf(
      [
        { id: 'stream', kind: 'kinesis-data-stream' },
        { id: 'wh', kind: 'redshift' },
      ],
      [['stream', 'wh']],
    );
    expect(findingsOf(redshiftEnhancedVpcRoutingOff, p)).toEqual([]);
  });
});
