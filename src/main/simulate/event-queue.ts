/** One scheduled action of the discrete-event engine. */
interface ScheduledEvent {
  readonly time: number;
  /** Insertion order: breaks ties so that events at one instant run in the order they were scheduled. */
  readonly seq: number;
  readonly action: () => void;
}

/** A binary min-heap of events ordered by (time, seq): deterministic even for simultaneous events. */
export class EventQueue {
  private readonly heap: ScheduledEvent[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, action: () => void): void {
    const heap = this.heap;
    const event = { time, seq: this.nextSeq++, action };
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(event, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
  }

  /** Removes and returns the earliest event, or undefined when empty. */
  pop(): ScheduledEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
