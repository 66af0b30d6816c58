import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { createRandom } from './random';

/** Runs the queue dry the way the engine does. */
function drain(queue: EventQueue): void {
  while (queue.size > 0) queue.popAction()();
}

describe('EventQueue', () => {
  it('runs an action scheduled for the current instant after those already due then', () => {
    const queue = new EventQueue();
    const order: string[] = [];
    queue.push(1, () => {
      order.push('a');
      queue.push(1, () => order.push('c'));
    });
    queue.push(1, () => order.push('b'));
    queue.push(2, () => order.push('d'));
    drain(queue);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('runs an action scheduled earlier than the current instant next, as a heap of (time, order) would', () => {
    const queue = new EventQueue();
    const order: string[] = [];
    queue.push(5, () => {
      order.push('a');
      queue.push(3, () => order.push('early'));
    });
    queue.push(5, () => order.push('b'));
    drain(queue);
    expect(order).toEqual(['a', 'early', 'b']);
  });

  it('matches a sort by (time, scheduling order) under random interleaved scheduling', () => {
    const random = createRandom(11);
    const queue = new EventQueue();
    const ran: { time: number; seq: number }[] = [];
    let seq = 0;
    let now = 0;
    const schedule = (time: number) => {
      const mine = { time, seq: seq++ };
      queue.push(time, () => {
        ran.push(mine);
        // Each action schedules 0–2 more at now, a shared grid time, or a fractional time.
        for (let k = Math.floor(random.next() * 3); k > 0 && seq < 20_000; k--) {
          const pick = random.next();
          schedule(pick < 0.3 ? now : pick < 0.7 ? now + Math.ceil(random.next() * 5) : now + random.next() * 5);
        }
      });
    };
    for (let i = 0; i < 50; i++) schedule(Math.floor(random.next() * 10));
    while (queue.size > 0) {
      now = queue.nextTime();
      queue.popAction()();
    }
    expect(ran.length).toBe(seq);
    // Times never go back, and equal times run in the order they were scheduled.
    for (let i = 1; i < ran.length; i++) {
      const [a, b] = [ran[i - 1]!, ran[i]!];
      expect(a.time < b.time || (a.time === b.time && a.seq < b.seq)).toBe(true);
    }
    expect(queue.nextTime()).toBe(Infinity);
  });
});
