import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { plural } from '../capacity/format';

/** PW505: an enabled lifecycle rule with no filter that expires objects: it deletes every object of the bucket. Node scope. */
export const lifecycleExpiresEverything: Rule = {
  code: 'PW505',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config) return [];
    const findings: Finding[] = [];
    config.lifecycleRules.forEach((rule, i) => {
      if (!rule.enabled || rule.expirationDays === null || rule.prefix !== '' || rule.tags.length > 0) return;
      findings.push(
        finding('PW505', `${node.label}: lifecycle rule "${rule.id}" has no prefix or tag filter: every object in the bucket is deleted ${plural(rule.expirationDays, 'day')} after it is written`, {
          nodeId: node.id,
          path: ['lifecycleRules', String(i), 'expirationDays'],
        }),
      );
    });
    return findings;
  },
};
