/**
 * Actions due at one instant, in the order they were scheduled: [next, end) have not run yet.
 * The array is never shrunk, so a reused slot does not grow it again.
 */
interface Slot {
  readonly actions: ((() => void) | undefined)[];
  next: number;
  end: number;
}

/**
 * The discrete-event queue: actions ordered by time, and in scheduling order at equal times
 * (deterministic even for simultaneous events).
 *
 * Many events share an instant (every source steps on the same resolution grid), so actions are
 * grouped per distinct time: a min-heap holds the pending times and a map their slots. Scheduling
 * at an instant that already has a slot (the common case, including "now") is an array push, and
 * the heap only reorders distinct times. No object is allocated per event.
 */
export class EventQueue {
  /** Min-heap of the distinct times that have a slot. */
  private readonly times: number[] = [];
  private readonly slots = new Map<number, Slot>();
  /** Emptied slots, reused so that a long run does not allocate one per instant. */
  private readonly spare: Slot[] = [];
  /** The slot last scheduled into, and the heap top's slot: most pushes and pops hit these. */
  private lastTime = Number.NaN;
  private lastSlot: Slot | undefined;
  private headTime = Number.NaN;
  private headSlot: Slot | undefined;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(time: number, action: () => void): void {
    let slot = time === this.lastTime ? this.lastSlot : this.slots.get(time);
    if (slot === undefined) {
      slot = this.spare.pop() ?? { actions: [], next: 0, end: 0 };
      this.slots.set(time, slot);
      this.pushTime(time);
    }
    slot.actions[slot.end++] = action;
    this.lastTime = time;
    this.lastSlot = slot;
    this.count++;
  }

  /** Time of the earliest pending action; Infinity when empty. */
  nextTime(): number {
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  /** Removes and returns the earliest action (its time is nextTime()); the queue must not be empty. */
  popAction(): () => void {
    const time = this.times[0]!;
    let slot = this.headSlot;
    if (time !== this.headTime || slot === undefined) {
      slot = this.slots.get(time)!;
      this.headTime = time;
      this.headSlot = slot;
    }
    const action = slot.actions[slot.next]!;
    // Dropped once taken, so a finished action's closure is not kept alive by the slot.
    slot.actions[slot.next++] = undefined;
    this.count--;
    if (slot.next === slot.end) this.release(time, slot);
    return action;
  }

  /** Removes and returns the earliest event, or undefined when empty. */
  pop(): { time: number; action: () => void } | undefined {
    if (this.count === 0) return undefined;
    const time = this.nextTime();
    return { time, action: this.popAction() };
  }

  /** A slot whose actions all ran: its time leaves the heap, and the slot is kept for reuse. */
  private release(time: number, slot: Slot): void {
    this.slots.delete(time);
    this.popTime();
    if (this.lastSlot === slot) {
      this.lastSlot = undefined;
      this.lastTime = Number.NaN;
    }
    this.headSlot = undefined;
    this.headTime = Number.NaN;
    slot.next = slot.end = 0;
    this.spare.push(slot);
  }

  private pushTime(time: number): void {
    const heap = this.times;
    let i = heap.length;
    heap.push(time);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!(time < p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = time;
  }

  private popTime(): void {
    const heap = this.times;
    const last = heap.pop()!;
    const n = heap.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && heap[right]! < heap[left]! ? right : left;
      if (!(heap[child]! < last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}
