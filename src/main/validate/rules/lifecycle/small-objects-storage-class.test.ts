import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { smallObjectsStorageClass } from './small-objects-storage-class';

const iotToBucket = (storageClass: string) =>
  pipelineOf(
    [
      { id: 'devices', kind: 'device-fleet', label: 'Sensors' },
      { id: 'iot', kind: 'iot-core', label: 'IoT Core', config: { rules: [{ name: 'to_s3', sql: "SELECT * FROM 'devices/+/telemetry'", sqlVersion: '2016-03-23', actions: ['S3'], errorAction: 'none' }] } },
      { id: 'raw', kind: 's3-bucket', label: 'Readings', config: { storageClass } },
    ],
    [['devices', 'iot'], ['iot', 'raw']],
  );

describe('PW503 small-objects-storage-class', () => {
  it('flags small objects stored in a class that bills 128 KiB per object; the fix stores them in Standard', () => {
    const p = iotToBucket('Standard-IA');
    const findings = findingsOf(smallObjectsStorageClass, p);
    expect(findings).toEqual([
      {
        code: 'PW503',
        severity: 'warning',
        message:
          'Readings: objects written here are small (IoT Core: about 0.5 KiB) and stored in Standard-IA. ' +
          'Standard-IA bills every object as at least 128 KiB, up to 256× what these objects hold: Standard costs less for them',
        nodeId: 'raw',
        path: ['storageClass'],
        fix: { label: 'Store new objects in Standard', operations: [{ op: 'set-config', nodeId: 'raw', path: ['storageClass'], value: 'Standard' }] },
      },
    ]);
    expect(findingsOf(smallObjectsStorageClass, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('explains that Intelligent-Tiering leaves small objects at the Standard price', () => {
    expect(findingsOf(smallObjectsStorageClass, iotToBucket('Intelligent-Tiering'))[0]?.message).toContain(
      'Intelligent-Tiering does not monitor objects under 128 KiB: they stay in its Frequent Access tier at the Standard price, so the class saves nothing',
    );
  });

  it('passes Standard, and classes without a size minimum', () => {
    expect(findingsOf(smallObjectsStorageClass, iotToBucket('Standard'))).toEqual([]);
    expect(findingsOf(smallObjectsStorageClass, iotToBucket('Glacier Flexible Retrieval'))).toEqual([]);
  });
});
