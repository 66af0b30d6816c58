import { DYNAMODB_PRICES as P } from '../../../../shared/catalog/prices/dynamodb';
import { HOURS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, usd } from '../capacity/format';
import { writeUnitsNeeded } from '../capacity/dynamodb';
import { workloadOf } from '../capacity/workload';
import { OVERPROVISIONED_FACTOR } from './thresholds';

/**
 * PW704: a provisioned table with more than 4× the write capacity its writes need at peak. Only
 * when every writer's rate is known (IoT rule actions, DMS changes). Pipeline scope (workload).
 */
export const dynamodbWriteCapacityOverprovisioned: Rule = {
  code: 'PW704',
  scope: 'pipeline',
  check(ctx) {
    const workload = workloadOf(ctx);
    const findings: Finding[] = [];
    for (const node of ctx.pipeline.nodes) {
      const config = ctx.configOf(node, 'dynamodb-table');
      const flow = workload.into(node.id);
      if (!config || config.capacity.mode !== 'provisioned' || !flow?.complete) continue;
      const need = writeUnitsNeeded(flow);
      const units = config.capacity.writeCapacityUnits;
      if (!need || units <= OVERPROVISIONED_FACTOR * need.peak) continue;
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
