import { DYNAMODB_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/dynamodb';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, plural } from './format';
import { provisionedTableLoads } from './dynamodb';

/** PW407: a provisioned table with fewer write capacity units than the writes it receives at peak. Pipeline scope (workload). */
export const dynamodbWriteCapacityInsufficient: Rule = {
  code: 'PW407',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, flow, need, writeCapacityUnits } of provisionedTableLoads(ctx)) {
      if (need.peak <= writeCapacityUnits) continue;
      const bound = flow.complete ? '' : ' at least';
      const fromIot = ctx.incoming(node.id).some((e) => ctx.nodesById.get(e.source)?.kind === 'iot-core');
      const message =
        `${node.label}: its writes need${bound} ${count(need.peak)} WCU at peak (${count(flow.peakRecordsPerSecond)} items/s of about ${plural(need.unitsPerItem, 'unit')} each) ` +
        `but it has ${count(writeCapacityUnits)}: once the burst allowance is spent, writes are throttled${fromIot ? ', and an IoT rule action does not retry them: they go to its error action or are lost' : ''}`;
      const fix =
        need.peak <= L.tableCapacityUnitsDefaultQuota.value
          ? { label: `Set write capacity to ${need.peak}`, operations: [{ op: 'set-config' as const, nodeId: node.id, path: ['capacity', 'writeCapacityUnits'], value: need.peak }] }
          : undefined;
      findings.push(finding('PW407', message, { nodeId: node.id, path: ['capacity', 'writeCapacityUnits'], ...(fix && { fix }) }));
    }
    return findings;
  },
};
