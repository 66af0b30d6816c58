import { isKindId } from '../../../shared/catalog/registry';
import { finding, type Rule } from '../rule';

/** PW102: a node of a kind this build does not know. */
export const unknownKind: Rule = {
  code: 'PW102',
  check({ pipeline }) {
    return pipeline.nodes
      .filter((node) => !isKindId(node.kind))
      .map((node) => finding('PW102', `${node.label}: unknown kind "${node.kind}"`, { nodeId: node.id }));
  },
};
