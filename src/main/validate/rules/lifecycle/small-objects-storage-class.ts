import { S3_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/s3';
import { KIB } from '../../../../shared/catalog/limits/units';
import type { StorageClass } from '../../../../shared/catalog/s3-lifecycle';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count } from '../capacity/format';
import { workloadOf } from '../capacity/workload';
import { incomingObjects } from './incoming-objects';

const MIN_BYTES = L.minBillableObjectKiB.value * KIB;
/** Classes that bill every object as at least 128 KiB. */
const MINIMUM_SIZE_CLASSES: readonly StorageClass[] = ['Standard-IA', 'One Zone-IA', 'Glacier Instant Retrieval'];

/**
 * PW503: small objects written straight into Intelligent-Tiering (which does not monitor or tier
 * objects under 128 KiB: they cost what Standard does) or into a class that bills every object as
 * 128 KiB. Object sizes come from the writers' workload: pipeline scope.
 */
export const smallObjectsStorageClass: Rule = {
  code: 'PW503',
  scope: 'pipeline',
  check(ctx) {
    const workload = workloadOf(ctx);
    const findings: Finding[] = [];
    for (const node of ctx.pipeline.nodes) {
      const config = ctx.configOf(node, 's3-bucket');
      const storageClass = config?.storageClass;
      if (!storageClass || (storageClass !== 'Intelligent-Tiering' && !MINIMUM_SIZE_CLASSES.includes(storageClass))) continue;
      const small = incomingObjects(ctx, workload, node).filter((w) => w.sizeBytes < MIN_BYTES);
      if (small.length === 0) continue;
      const sizes = small.map((w) => `${w.writer.label}: about ${count(w.sizeBytes / KIB)} KiB`).join('; ');
      const smallest = Math.min(...small.map((w) => w.sizeBytes));
      const why =
        storageClass === 'Intelligent-Tiering'
          ? `Intelligent-Tiering does not monitor objects under ${L.minBillableObjectKiB.value} KiB: they stay in its Frequent Access tier at the Standard price, so the class saves nothing`
          : `${storageClass} bills every object as at least ${L.minBillableObjectKiB.value} KiB, up to ${count(MIN_BYTES / smallest)}× what these objects hold: Standard costs less for them`;
      findings.push(
        finding('PW503', `${node.label}: objects written here are small (${sizes}) and stored in ${storageClass}. ${why}`, {
          nodeId: node.id,
          path: ['storageClass'],
          fix: { label: 'Store new objects in Standard', operations: [{ op: 'set-config', nodeId: node.id, path: ['storageClass'], value: 'Standard' }] },
        }),
      );
    }
    return findings;
  },
};
