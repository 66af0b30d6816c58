import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import { KINDS } from '../../../shared/catalog/registry';
import { nodeName, type DeepPartial, type KindMapping } from './mapper';

/**
 * For kinds whose CloudFormation mapping is not written yet: no resources, and a note in the
 * template's Metadata naming the node, so nothing is left out silently.
 */
export function notExportedYet<K extends KindId>(kind: K): KindMapping<K> {
  return {
    mainType: null,
    toCfn: (node) => ({ resources: {}, notes: [`${nodeName(node)} (${KINDS[kind].title}) is not exported yet: add its resources by hand.`] }),
    fromCfn: () => ({}) as DeepPartial<ConfigOf<K>>,
  };
}

/** Sources outside AWS have no resources of their own. */
export function outsideAws<K extends KindId>(kind: K): KindMapping<K> {
  return {
    mainType: null,
    toCfn: (node) => ({ resources: {}, notes: [`${nodeName(node)} (${KINDS[kind].title}) is outside AWS: nothing to deploy.`] }),
    fromCfn: () => ({}) as DeepPartial<ConfigOf<K>>,
  };
}
