import { FIREHOSE_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/firehose';
import { MIB } from '../../../../shared/catalog/limits/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, mibPerSecond } from './format';
import { workloadOf, type Flow } from './workload';

/**
 * PW406: a Direct PUT delivery stream fed more than its default throughput quota (us-east-1). Not
 * for a stream reading a Kinesis data stream, which scales with its source. Pipeline scope (workload).
 */
export const firehoseDirectPutThroughput: Rule = {
  code: 'PW406',
  scope: 'pipeline',
  check(ctx) {
    const workload = workloadOf(ctx);
    const findings: Finding[] = [];
    for (const node of ctx.pipeline.nodes) {
      if (node.kind !== 'kinesis-firehose') continue;
      const inputs = ctx.incoming(node.id).filter((e) => ctx.edgeKind(e) === 'data');
      if (inputs.some((e) => ctx.nodesById.get(e.source)?.kind === 'kinesis-data-stream')) continue;
      const flows = inputs.map((e) => workload.edge(e)).filter((f): f is Flow => f !== undefined);
      const bytes = flows.reduce((s, f) => s + f.peakBytesPerSecond, 0);
      const records = flows.reduce((s, f) => s + f.peakRecordsPerSecond, 0);
      const over: string[] = [];
      if (bytes > L.directPutMiBPerSecond.value * MIB) over.push(`${mibPerSecond(bytes)} (quota ${L.directPutMiBPerSecond.value} MiB/s)`);
      if (records > L.directPutRecordsPerSecond.value) over.push(`${count(records)} records/s (quota ${L.directPutRecordsPerSecond.value.toLocaleString('en-US')})`);
      if (over.length === 0) continue;
      findings.push(
        finding(
          'PW406',
          `${node.label}: Direct PUT producers send ${over.join(' and ')} at peak, above a delivery stream's default throughput quota: ` +
            'puts beyond it are throttled. Request a higher quota, split the traffic over several delivery streams, or put it into a Kinesis data stream first',
          { nodeId: node.id },
        ),
      );
    }
    return findings;
  },
};
