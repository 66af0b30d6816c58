import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';

/**
 * PW504: a lifecycle rule acting on noncurrent versions of a bucket without versioning: there are
 * no noncurrent versions, so the action does nothing. Node scope: the bucket's own settings.
 */
export const noncurrentWithoutVersioning: Rule = {
  code: 'PW504',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config || config.versioning) return [];
    const findings: Finding[] = [];
    config.lifecycleRules.forEach((rule, i) => {
      if (!rule.enabled || rule.noncurrentVersionExpirationDays === null) return;
      const path = ['lifecycleRules', String(i), 'noncurrentVersionExpirationDays'];
      // Clearing it is safe only when the rule keeps another action (a rule needs one).
      const keepsAction = rule.transitions.length > 0 || rule.expirationDays !== null || rule.abortIncompleteMultipartUploadDays !== null;
      findings.push(
        finding(
          'PW504',
          `${node.label}: lifecycle rule "${rule.id}" deletes old versions after ${rule.noncurrentVersionExpirationDays} days, but versioning is off: ` +
            'there are no old versions, and overwritten or deleted objects are gone at once. Turn versioning on if they must be recoverable',
          {
            nodeId: node.id,
            path,
            ...(keepsAction && { fix: { label: 'Remove the old-version action', operations: [{ op: 'set-config' as const, nodeId: node.id, path, value: null }] } }),
          },
        ),
      );
    });
    return findings;
  },
};
