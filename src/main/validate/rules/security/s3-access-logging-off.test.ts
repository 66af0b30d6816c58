import { describe, expect, it } from 'vitest';
import { s3AccessLoggingOff } from './s3-access-logging-off';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW609 s3-access-logging-off', () => {
  it('flags a sensitive bucket without access logs; the fix turns logging on', () => {
    const p = pipelineOf([{ id: 'scans', kind: 's3-bucket', label: 'Patient scans', config: { tags: [{ key: 'Classification', value: 'PHI' }] } }]);
    const findings = findingsOf(s3AccessLoggingOff, p);
    expect(findings).toEqual([
      {
        code: 'PW609',
        severity: 'info',
        message: 'Patient scans: holds Classification=PHI data but does not log access: turn on server access logging (or CloudTrail data events) to know who read it',
        nodeId: 'scans',
        path: ['accessLogging'],
        fix: { label: 'Turn on server access logging', operations: [{ op: 'set-config', nodeId: 'scans', path: ['accessLogging'], value: true }] },
      },
    ]);
    expect(findingsOf(s3AccessLoggingOff, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes buckets without a sensitive classification', () => {
    const p = pipelineOf([
      { id: 'plain', kind: 's3-bucket' },
      { id: 'public', kind: 's3-bucket', config: { tags: [{ key: 'Sensitivity', value: 'public' }] } },
    ]);
    expect(findingsOf(s3AccessLoggingOff, p)).toEqual([]);
  });
});
