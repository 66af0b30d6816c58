import { describe, expect, it } from 'vitest';
import { encryptionInTransitOff } from './encryption-in-transit-off';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW613 encryption-in-transit-off', () => {
  it('flags each in-transit setting that is off; each fix turns one on', () => {
    const p = pipelineOf([
      { id: 'search', kind: 'opensearch', label: 'Clickstream search', config: { enforceHttps: false, nodeToNodeEncryption: false } },
      { id: 'cache', kind: 'elasticache', label: 'Feature cache', config: { encryptionInTransit: false } },
    ]);
    const findings = findingsOf(encryptionInTransitOff, p);
    expect(findings).toEqual([
      {
        code: 'PW613',
        severity: 'warning',
        message: 'Clickstream search: the domain endpoint accepts plain HTTP requests',
        nodeId: 'search',
        path: ['enforceHttps'],
        fix: { label: 'Require HTTPS', operations: [{ op: 'set-config', nodeId: 'search', path: ['enforceHttps'], value: true }] },
      },
      {
        code: 'PW613',
        severity: 'warning',
        message: 'Clickstream search: node-to-node encryption is off: data travels between the nodes without TLS',
        nodeId: 'search',
        path: ['nodeToNodeEncryption'],
        fix: { label: 'Turn on node-to-node encryption', operations: [{ op: 'set-config', nodeId: 'search', path: ['nodeToNodeEncryption'], value: true }] },
      },
      {
        code: 'PW613',
        severity: 'warning',
        message: 'Feature cache: encryption in transit is off: clients and replicas exchange data without TLS',
        nodeId: 'cache',
        path: ['encryptionInTransit'],
        fix: { label: 'Turn on encryption in transit', operations: [{ op: 'set-config', nodeId: 'cache', path: ['encryptionInTransit'], value: true }] },
      },
    ]);
    const fixed = findings.reduce((pipeline, f) => applyFix(pipeline, f.fix!.operations), p);
    expect(findingsOf(encryptionInTransitOff, fixed)).toEqual([]);
  });

  it('passes the defaults', () => {
    expect(findingsOf(encryptionInTransitOff, pipelineOf([{ id: 'search', kind: 'opensearch' }, { id: 'cache', kind: 'elasticache' }]))).toEqual([]);
  });
});
