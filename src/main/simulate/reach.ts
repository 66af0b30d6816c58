/**
 * Whether records can travel from one node to another along data edges (one or more hops), for
 * behaviours that must not feed a node its own output again (an S3 bucket and the jobs that write
 * back into it). Each origin's reachable set is computed on first use (depth-first) and kept.
 */
export function dataReach(targets: ReadonlyMap<string, readonly string[]>): (fromId: string, toId: string) => boolean {
  const reachable = new Map<string, Set<string>>();
  return (fromId, toId) => {
    let seen = reachable.get(fromId);
    if (!seen) {
      seen = new Set<string>();
      const stack = [...(targets.get(fromId) ?? [])];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(targets.get(id) ?? []));
      }
      reachable.set(fromId, seen);
    }
    return seen.has(toId);
  };
}
