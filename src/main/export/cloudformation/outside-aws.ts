import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import { KINDS } from '../../../shared/catalog/registry';
import { nodeName, type DeepPartial, type KindMapping } from './mapper';

/**
 * Sources outside AWS (device and camera fleets, on-premises systems, Splunk) have no resources of
 * their own: a note says so, and the template's Metadata keeps the node for the round trip.
 */
export function outsideAws<K extends KindId>(kind: K): KindMapping<K> {
  return {
    mainType: null,
    toCfn: (node) => ({ resources: {}, notes: [`${nodeName(node)} (${KINDS[kind].title}) is outside AWS: nothing to deploy.`] }),
    fromCfn: () => ({}) as DeepPartial<ConfigOf<K>>,
  };
}
