import { describe, expect, it } from 'vitest';
import { kmsKeyRotationOff } from './kms-key-rotation-off';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW616 kms-key-rotation-off', () => {
  it('flags a symmetric key without rotation; the fix turns rotation on', () => {
    const p = pipelineOf([{ id: 'key', kind: 'kms-key', label: 'Lake key', config: { rotationEnabled: false } }]);
    const findings = findingsOf(kmsKeyRotationOff, p);
    expect(findings).toEqual([
      {
        code: 'PW616',
        severity: 'info',
        message: 'Lake key: automatic rotation is off, so the same key material protects the data for as long as the key lives',
        nodeId: 'key',
        path: ['rotationEnabled'],
        fix: { label: 'Turn on automatic rotation', operations: [{ op: 'set-config', nodeId: 'key', path: ['rotationEnabled'], value: true }] },
      },
    ]);
    expect(findingsOf(kmsKeyRotationOff, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes rotating keys and asymmetric keys (which cannot rotate)', () => {
    const p = pipelineOf([
      { id: 'key', kind: 'kms-key' },
      { id: 'signing', kind: 'kms-key', config: { keySpec: 'RSA_4096', rotationEnabled: false } },
    ]);
    expect(findingsOf(kmsKeyRotationOff, p)).toEqual([]);
  });
});
