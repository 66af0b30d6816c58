import { kindOf } from '../../../../shared/catalog/registry';
import { finding, type Rule } from '../../rule';
import { dataGraph } from './data-graph';

/** Strongly connected components of the stations `include` accepts (Tarjan's algorithm, iterative: O(stations + edges)). */
function components(stations: readonly string[], next: ReadonlyMap<string, readonly string[]>, include: (station: string) => boolean): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (station: string) => {
    index.set(station, counter);
    low.set(station, counter++);
    stack.push(station);
    onStack.add(station);
  };
  for (const root of stations) {
    if (!include(root) || index.has(root)) continue;
    visit(root);
    const work = [{ station: root, i: 0 }];
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const successors = next.get(frame.station) ?? [];
      if (frame.i < successors.length) {
        const successor = successors[frame.i++]!;
        if (!include(successor)) continue;
        if (!index.has(successor)) {
          visit(successor);
          work.push({ station: successor, i: 0 });
        } else if (onStack.has(successor)) low.set(frame.station, Math.min(low.get(frame.station)!, index.get(successor)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.station, Math.min(low.get(parent.station)!, low.get(frame.station)!));
      if (low.get(frame.station) !== index.get(frame.station)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.station);
      found.push(component);
    }
  }
  return found;
}

/** A shortest loop from `start` back to it inside one component, as the stations along it (breadth-first). */
function loopThrough(start: string, members: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const station = queue[head]!;
    for (const successor of next.get(station) ?? []) {
      if (!members.has(successor)) continue;
      if (successor === start) {
        const path = [station];
        while (path[0] !== start) path.unshift(parent.get(path[0]!)!);
        return path;
      }
      if (parent.has(successor)) continue;
      parent.set(successor, station);
      queue.push(successor);
    }
  }
  return [start];
}

/**
 * PW106: records going round between streaming and compute nodes. Stores are taken out of the
 * graph first: a job reading and writing the same bucket (S3 → EMR → S3) is not a loop of records.
 */
export const dataCycle: Rule = {
  code: 'PW106',
  scope: 'pipeline',
  check(ctx) {
    const graph = dataGraph(ctx);
    const order = new Map(graph.stations.map((s, i) => [s, i]));
    const include = (station: string) => kindOf(graph.nodeOf.get(station)!.kind)?.category !== 'storage';
    return components(graph.stations, graph.next, include)
      .filter((component) => component.length > 1)
      .map((component) => {
        const members = new Set(component);
        const start = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
        const loop = loopThrough(start, members, graph.next).map((s) => graph.nodeOf.get(s)!);
        const names = [...loop, loop[0]!].map((n) => n.label).join(' → ');
        const more = new Set(component.map((s) => graph.nodeOf.get(s)!.id)).size - new Set(loop.map((n) => n.id)).size;
        const extra = more > 0 ? ` (and ${more} more node${more === 1 ? '' : 's'} on other loops)` : '';
        return finding('PW106', `Records loop ${names}${extra} without passing through a store`, { nodeId: loop[0]!.id });
      });
  },
};
