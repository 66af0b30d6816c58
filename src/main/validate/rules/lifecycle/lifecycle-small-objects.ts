import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { S3_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/s3';
import { KIB, MIB } from '../../../../shared/catalog/limits/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule, type RuleContext } from '../../rule';
import { count } from '../capacity/format';
import { workloadOf } from '../capacity/workload';
import { incomingObjects, ruleMayCover, type IncomingObjects } from './incoming-objects';

const MIN_BYTES = L.lifecycleMinTransitionObjectKiB.value * KIB;

/**
 * PW502: a lifecycle rule transitioning objects that are under 128 KiB, which S3 Lifecycle does not
 * transition: the rule does nothing for them. Object sizes come from the bucket's writers (a
 * Firehose's buffer filled by its workload, an IoT rule's messages), so pipeline scope; a bucket
 * whose writers are unknown is skipped.
 */
export const lifecycleSmallObjects: Rule = {
  code: 'PW502',
  scope: 'pipeline',
  check(ctx) {
    const workload = workloadOf(ctx);
    const findings: Finding[] = [];
    for (const node of ctx.pipeline.nodes) {
      const config = ctx.configOf(node, 's3-bucket');
      if (!config || !config.lifecycleRules.some((r) => r.enabled && r.transitions.length > 0)) continue;
      const writers = incomingObjects(ctx, workload, node);
      config.lifecycleRules.forEach((rule, i) => {
        if (!rule.enabled || rule.transitions.length === 0) return;
        const small = writers.filter((w) => w.sizeBytes < MIN_BYTES && ruleMayCover(rule, w));
        if (small.length === 0) return;
        const sizes = small.map((w) => `${w.writer.label}: about ${count(w.sizeBytes / KIB)} KiB`).join('; ');
        const message =
          `${node.label}: lifecycle rule "${rule.id}" transitions objects, but those written here are under ${L.lifecycleMinTransitionObjectKiB.value} KiB (${sizes}), ` +
          'which S3 Lifecycle does not transition: they stay in their class and the rule saves nothing for them';
        const fix = small.length === 1 ? longerBuffer(ctx, small[0]!) : undefined;
        findings.push(finding('PW502', message, { nodeId: node.id, path: ['lifecycleRules', String(i), 'transitions'], ...(fix && { fix }) }));
      });
    }
    return findings;
  },
};

/** Buffer a plain Firehose delivery long enough for its objects to reach the minimum, when its interval allows it. */
function longerBuffer(ctx: RuleContext, objects: IncomingObjects): Finding['fix'] {
  const config = ctx.configOf(objects.writer, 'kinesis-firehose');
  const flow = workloadOf(ctx).edge(objects.edge);
  // Compression, format conversion and dynamic partitioning shrink or split objects: the estimate would not hold.
  if (!config || !flow || config.compression !== 'UNCOMPRESSED' || config.recordFormatConversion.format !== 'none' || config.dynamicPartitioning.enabled) return undefined;
  // One second more than the exact quotient, so that float error cannot leave the objects a byte short.
  const seconds = Math.floor(MIN_BYTES / flow.bytesPerSecond) + 1;
  if (seconds > FIREHOSE_LIMITS_TABLE.bufferIntervalMaxSeconds.value || config.bufferSizeMiB * MIB < MIN_BYTES) return undefined;
  return {
    label: `Buffer ${objects.writer.label} for ${seconds} s`,
    operations: [{ op: 'set-config', nodeId: objects.writer.id, path: ['bufferIntervalSeconds'], value: seconds }],
  };
}
