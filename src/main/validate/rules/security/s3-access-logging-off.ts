import { finding, type Rule } from '../../rule';
import { sensitiveTag } from './sensitive-data';

/** PW609: a bucket holding sensitive data (by its classification tag) without server access logging. */
export const s3AccessLoggingOff: Rule = {
  code: 'PW609',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config || config.accessLogging) return [];
    const tag = sensitiveTag(config.tags);
    if (!tag) return [];
    return [
      finding('PW609', `${node.label}: holds ${tag.key}=${tag.value} data but does not log access: turn on server access logging (or CloudTrail data events) to know who read it`, {
        nodeId: node.id,
        path: ['accessLogging'],
        fix: { label: 'Turn on server access logging', operations: [{ op: 'set-config', nodeId: node.id, path: ['accessLogging'], value: true }] },
      }),
    ];
  },
};
