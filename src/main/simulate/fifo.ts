/**
 * A first-in first-out queue with O(1) shift at any length. Array.prototype.shift moves every
 * element once an array is large (a stream nobody reads holds a day of cohorts), which made
 * long backlogs quadratic; here the head advances, and the items are moved to the front once the
 * head has passed half of them. The array keeps its capacity when the queue empties (a stream's
 * queue empties at every read), so refilling it allocates nothing.
 */
export class Fifo<T> {
  private readonly items: (T | undefined)[] = [];
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }

  /** The i-th item from the front (0 is the oldest), or undefined past the end. */
  at(i: number): T | undefined {
    return i < this.tail - this.head ? this.items[this.head + i] : undefined;
  }

  push(item: T): void {
    this.items[this.tail++] = item;
  }

  shift(): T | undefined {
    if (this.head === this.tail) return undefined;
    const item = this.items[this.head];
    // Dropped once taken, so the queue does not keep shifted items alive.
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    else if (this.head >= 1024 && this.head * 2 >= this.tail) {
      this.items.copyWithin(0, this.head, this.tail);
      this.items.fill(undefined, this.tail - this.head, this.tail);
      this.tail -= this.head;
      this.head = 0;
    }
    return item;
  }
}
