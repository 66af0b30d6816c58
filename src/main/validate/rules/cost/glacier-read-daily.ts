import { S3_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/s3';
import { S3_RETRIEVAL_PRICES as P } from '../../../../shared/catalog/prices/s3';
import type { StorageClass } from '../../../../shared/catalog/s3-lifecycle';
import type { Finding } from '../../../../shared/findings/finding';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule, type RuleContext } from '../../rule';
import { count, usd } from '../capacity/format';
import { ARCHIVE_CLASSES } from '../lifecycle/storage-classes';

/**
 * Archived before this age counts as early: S3 itself will not move objects to an infrequent
 * access class before 30 days, the age until which it assumes they are still in use.
 */
const EARLY_DAYS = L.transitionToInfrequentAccessMinDays.value;

const RESTORE: Record<string, string> = {
  'Glacier Flexible Retrieval': `3–5 h and ${usd(P.glacierFlexibleStandardPerGiB.value)} per GB plus ${usd(P.glacierFlexibleStandardPerThousandRequests.value)} per 1,000 requests (Standard tier)`,
  'Deep Archive': `up to 12 h and ${usd(P.deepArchiveStandardPerGiB.value)} per GB plus ${usd(P.deepArchiveStandardPerThousandRequests.value)} per 1,000 requests (Standard tier)`,
};

/** Who reads the bucket daily: its declared reads, and the query and processing services connected to it. */
function readers(ctx: RuleContext, bucket: PipelineNode, readsPerDay: number): string[] {
  const who: string[] = [];
  if (readsPerDay >= 1) who.push(`${count(readsPerDay)} reads/day`);
  for (const edge of ctx.outgoing(bucket.id)) {
    const reader = ctx.nodesById.get(edge.target);
    if (!reader || ctx.edgeKind(edge) !== 'data') continue;
    const athena = ctx.configOf(reader, 'athena');
    if (athena && athena.queriesPerDay >= 1) who.push(`${reader.label} (${count(athena.queriesPerDay)} queries/day)`);
    else if (['glue-etl-job', 'emr-cluster', 'sagemaker'].includes(reader.kind)) who.push(reader.label);
  }
  return who;
}

/**
 * PW701: objects kept in Glacier Flexible Retrieval or Deep Archive (as the bucket's class, or
 * moved there within 30 days) in a bucket that is read daily: every read needs a restore, hours
 * long and billed per GB. Node scope: the bucket and its readers.
 */
export const glacierReadDaily: Rule = {
  code: 'PW701',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config) return [];
    const archived = ARCHIVE_CLASSES.includes(config.storageClass);
    const early = config.lifecycleRules.some((r) => r.enabled && r.transitions.some((t) => ARCHIVE_CLASSES.includes(t.storageClass) && t.days < EARLY_DAYS));
    if (!archived && !early) return [];
    const who = readers(ctx, node, config.readsPerDay);
    if (who.length === 0) return [];
    const read = `the bucket is read daily (${who.join(', ')})`;
    const consequence = (storageClass: StorageClass) => `each read of an archived object needs a restore first: ${RESTORE[storageClass]}`;
    const findings: Finding[] = [];
    if (archived) {
      findings.push(
        finding('PW701', `${node.label}: new objects are stored in ${config.storageClass} but ${read}: ${consequence(config.storageClass)}`, {
          nodeId: node.id,
          path: ['storageClass'],
          fix: { label: 'Store new objects in Standard', operations: [{ op: 'set-config', nodeId: node.id, path: ['storageClass'], value: 'Standard' }] },
        }),
      );
    }
    config.lifecycleRules.forEach((rule, i) => {
      if (!rule.enabled) return;
      rule.transitions.forEach((t, j) => {
        if (!ARCHIVE_CLASSES.includes(t.storageClass) || t.days >= EARLY_DAYS) return;
        findings.push(
          finding('PW701', `${node.label}: lifecycle rule "${rule.id}" archives objects to ${t.storageClass} on day ${t.days} but ${read}: ${consequence(t.storageClass)}`, {
            nodeId: node.id,
            path: ['lifecycleRules', String(i), 'transitions', String(j), 'days'],
          }),
        );
      });
    });
    return findings;
  },
};
