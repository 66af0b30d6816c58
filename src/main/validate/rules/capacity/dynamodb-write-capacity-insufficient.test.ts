import { describe, expect, it } from 'vitest';
import { dynamodbWriteCapacityInsufficient } from './dynamodb-write-capacity-insufficient';
import { applyFix, findingsOf, pipelineOf } from '../testing';

const table = (capacity: Record<string, unknown>) =>
  pipelineOf(
    [
      { id: 'devices', kind: 'device-fleet', label: 'Sensors', config: { deviceCount: 100, messagesPerSecondPerDevice: 1, messageSizeBytes: 1_536 } },
      { id: 'iot', kind: 'iot-core', label: 'IoT Core', config: { rules: [{ name: 'to_table', sql: "SELECT * FROM 'devices/+/telemetry'", sqlVersion: '2016-03-23', actions: ['DynamoDBv2'], errorAction: 'none' }] } },
      { id: 'table', kind: 'dynamodb-table', label: 'Latest readings', config: { capacity } },
    ],
    [['devices', 'iot'], ['iot', 'table']],
  );

describe('PW407 dynamodb-write-capacity-insufficient', () => {
  it('flags a provisioned table with fewer WCU than its writes need; the fix raises them', () => {
    const p = table({ mode: 'provisioned', readCapacityUnits: 5, writeCapacityUnits: 5 });
    const findings = findingsOf(dynamodbWriteCapacityInsufficient, p);
    expect(findings).toEqual([
      {
        code: 'PW407',
        severity: 'error',
        message:
          'Latest readings: its writes need 200 WCU at peak (100 items/s of about 2 units each) but it has 5: once the burst allowance is spent, writes are throttled, ' +
          'and an IoT rule action does not retry them: they go to its error action or are lost',
        nodeId: 'table',
        path: ['capacity', 'writeCapacityUnits'],
        fix: { label: 'Set write capacity to 200', operations: [{ op: 'set-config', nodeId: 'table', path: ['capacity', 'writeCapacityUnits'], value: 200 }] },
      },
    ]);
    expect(findingsOf(dynamodbWriteCapacityInsufficient, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes on-demand tables and tables written by functions (rate unknown)', () => {
    expect(findingsOf(dynamodbWriteCapacityInsufficient, table({ mode: 'on-demand' }))).toEqual([]);
    const p = pipelineOf([{ id: 'fn', kind: 'lambda' }, { id: 'table', kind: 'dynamodb-table', config: { capacity: { mode: 'provisioned', readCapacityUnits: 1, writeCapacityUnits: 1 } } }], [['fn', 'table']]);
    expect(findingsOf(dynamodbWriteCapacityInsufficient, p)).toEqual([]);
  });
});
