/**
 * A first-in first-out queue with O(1) shift at any length. Array.prototype.shift moves every
 * element once an array is large (a stream nobody reads holds a day of cohorts), which made
 * long backlogs quadratic; here the head advances, and the array is compacted once the head has
 * passed half of it.
 */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  /** The i-th item from the front (0 is the oldest), or undefined past the end. */
  at(i: number): T | undefined {
    return this.items[this.head + i];
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items.copyWithin(0, this.head);
      this.items.length -= this.head;
      this.head = 0;
    }
    return item;
  }
}
