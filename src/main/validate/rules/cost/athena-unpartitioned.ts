import { ATHENA_PRICES as P } from '../../../../shared/catalog/prices/athena';
import { DAYS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import { finding, type Rule } from '../../rule';
import { usd } from '../capacity/format';

/**
 * PW705: Athena querying a bucket whose keys are not partitioned: no query can prune, each scans
 * the whole table and is billed for it. Edge scope: the bucket, the edge and Athena.
 */
export const athenaUnpartitioned: Rule = {
  code: 'PW705',
  scope: 'edge',
  check(edge, ctx) {
    const bucket = ctx.nodesById.get(edge.source);
    const athena = ctx.nodesById.get(edge.target);
    const config = ctx.configOf(bucket, 's3-bucket');
    const queries = ctx.configOf(athena, 'athena');
    if (!bucket || !athena || !config || !queries || config.partitioning.scheme !== 'none') return [];
    // Athena's "TB" taken as 1,024 GB, like the other binary units of the reference.
    const monthly = queries.queriesPerDay * queries.dataScannedPerQueryGB * DAYS_PER_MONTH * (P.perTiBScanned.value / 1_024);
    const cost = monthly > 0 ? ` (about ${usd(monthly)}/month at ${usd(P.perTiBScanned.value)} per TB for the declared queries, and it grows with the data)` : '';
    return [
      finding(
        'PW705',
        `${athena.label} queries ${bucket.label}, whose keys are not partitioned: no query can skip data by date or key, so each scans the whole table${cost}`,
        {
          nodeId: bucket.id,
          edgeId: edge.id,
          path: ['partitioning'],
          fix: { label: 'Partition by time (yyyy/MM/dd/HH)', operations: [{ op: 'set-config', nodeId: bucket.id, path: ['partitioning'], value: { scheme: 'year/month/day/hour' } }] },
        },
      ),
    ];
  },
};
