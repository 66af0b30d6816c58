import { DYNAMODB_PRICES as P } from '../../../../shared/catalog/prices/dynamodb';
import { HOURS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, usd } from '../capacity/format';
import { provisionedTableLoads } from '../capacity/dynamodb';
import { OVERPROVISIONED_FACTOR } from './thresholds';

/**
 * PW704: a provisioned table with more than 4× the write capacity its writes need at peak. Only
 * when every writer's rate is known (IoT rule actions, DMS changes). Pipeline scope (workload).
 */
export const dynamodbWriteCapacityOverprovisioned: Rule = {
  code: 'PW704',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, flow, need, writeCapacityUnits: units } of provisionedTableLoads(ctx)) {
      if (!flow.complete || units <= OVERPROVISIONED_FACTOR * need.peak) continue;
      const waste = (units - need.peak) * P.writeCapacityUnitHour.value * HOURS_PER_MONTH;
      const message =
        `${node.label}: ${count(units)} write capacity units for writes that need ${count(need.peak)} at peak: ` +
        `the ${count(units - need.peak)} extra cost about ${usd(waste)}/month`;
      findings.push(
        finding('PW704', message, {
          nodeId: node.id,
          path: ['capacity', 'writeCapacityUnits'],
          fix: { label: `Set write capacity to ${need.peak}`, operations: [{ op: 'set-config', nodeId: node.id, path: ['capacity', 'writeCapacityUnits'], value: need.peak }] },
        }),
      );
    }
    return findings;
  },
};
