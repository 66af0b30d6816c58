import type { Draft } from 'immer';
import type { Pipeline } from '../../shared/model/pipeline';

/**
 * Pins (auto-layout leaves the node where it is) or unpins nodes. Unpinning removes the key, so a
 * file only says `pinned` for pinned nodes.
 */
export function setPinned(draft: Draft<Pipeline>, nodeIds: readonly string[], pinned: boolean): void {
  const ids = new Set(nodeIds);
  for (const node of draft.nodes) {
    if (!ids.has(node.id) || Boolean(node.pinned) === pinned) continue;
    if (pinned) node.pinned = true;
    else delete node.pinned;
  }
}
