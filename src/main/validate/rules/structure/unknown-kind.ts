import { isKindId } from '../../../../shared/catalog/registry';
import { finding, type Rule } from '../../rule';

/** PW102: a node of a kind this build does not know. */
export const unknownKind: Rule = {
  code: 'PW102',
  scope: 'node',
  check: (node) => (isKindId(node.kind) ? [] : [finding('PW102', `${node.label}: unknown kind "${node.kind}"`, { nodeId: node.id })]),
};
