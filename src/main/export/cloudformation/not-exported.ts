import type { KindId } from '../../../shared/catalog/registry';
import { KINDS } from '../../../shared/catalog/registry';
import { nodeName, type Mapper } from './mapper';

/**
 * For kinds whose CloudFormation mapping is not written yet: no resources, and a note in the
 * template's Metadata naming the node, so nothing is left out silently.
 */
export function notExportedYet<K extends KindId>(kind: K): Mapper<K> {
  return (node) => ({ resources: {}, notes: [`${nodeName(node)} (${KINDS[kind].title}) is not exported yet: add its resources by hand.`] });
}

/** Sources outside AWS have no resources of their own. */
export function outsideAws<K extends KindId>(kind: K): Mapper<K> {
  return (node) => ({ resources: {}, notes: [`${nodeName(node)} (${KINDS[kind].title}) is outside AWS: nothing to deploy.`] });
}
