import { KINDS, defaultConfig, isKindId } from '../../../../shared/catalog/registry';
import { settingTitle } from '../../../../shared/catalog/settings';
import { finding, type Rule } from '../../rule';

/** PW301: a setting outside its kind's schema (AWS's bounds, naming rules, formats). */
export const invalidSetting: Rule = {
  code: 'PW301',
  scope: 'node',
  check(node, ctx) {
    const result = ctx.parseConfig(node);
    if (!result || result.success || !isKindId(node.kind)) return [];
    const kind = KINDS[node.kind];
    return result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const key = path[0];
      if (key === undefined) return finding('PW301', `${node.label}: settings: ${issue.message}`, { nodeId: node.id });
      const title = settingTitle(kind, key);
      const fallback = defaultConfig(node.kind as typeof kind.id)[key];
      return finding('PW301', `${node.label}: ${title}: ${issue.message}`, {
        nodeId: node.id,
        path,
        fix: { label: `Reset ${title} to its default`, operations: [{ op: 'set-config', nodeId: node.id, path: [key], value: fallback }] },
      });
    });
  },
};
