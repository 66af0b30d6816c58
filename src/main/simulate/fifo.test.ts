import { describe, expect, it } from 'vitest';
import { Fifo } from './fifo';
import { createRandom } from './random';

describe('Fifo', () => {
  it('gives items back in arrival order across compactions, like an array queue', () => {
    const random = createRandom(3);
    const fifo = new Fifo<number>();
    const reference: number[] = [];
    let next = 0;
    // Long runs of pushes then shifts, so the head passes the compaction threshold many times.
    for (let round = 0; round < 40; round++) {
      const pushes = Math.floor(random.next() * 3_000);
      for (let i = 0; i < pushes; i++) {
        fifo.push(next);
        reference.push(next++);
      }
      const shifts = Math.floor(random.next() * 3_000);
      for (let i = 0; i < shifts; i++) expect(fifo.shift()).toBe(reference.shift());
      expect(fifo.length).toBe(reference.length);
      expect(fifo.at(0)).toBe(reference[0]);
      expect(fifo.at(fifo.length - 1)).toBe(reference.at(-1));
      expect(fifo.at(fifo.length)).toBeUndefined();
    }
  });

  it('is empty again after every item was shifted', () => {
    const fifo = new Fifo<string>();
    fifo.push('a');
    fifo.push('b');
    expect([fifo.shift(), fifo.shift(), fifo.shift()]).toEqual(['a', 'b', undefined]);
    expect(fifo.length).toBe(0);
    fifo.push('c');
    expect(fifo.at(0)).toBe('c');
  });
});
