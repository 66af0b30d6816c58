import { describe, expect, it } from 'vitest';
import { emptyHistory, isDirty, markSaved, record, stepBack, type HistoryStep } from './history';

const step = (label: string): HistoryStep => ({ label, patches: [], inverse: [] });

describe('history', () => {
  it('drops the oldest steps past the limit and keeps the saved point in step', () => {
    let h = markSaved(record(emptyHistory(), step('a'), 3));
    for (const l of ['b', 'c']) h = record(h, step(l), 3);
    expect(h.savedDepth).toBe(1);
    h = record(h, step('d'), 3);
    expect(h.past.map((s) => s.label)).toEqual(['b', 'c', 'd']);
    expect(h.savedDepth).toBe(0);
    h = record(h, step('e'), 3);
    expect(h.savedDepth).toBeNull();
    expect(isDirty(h)).toBe(true);
  });

  it('undo moves a step to the future', () => {
    const h = record(emptyHistory(), step('a'));
    const back = stepBack(h)!;
    expect(back.step.label).toBe('a');
    expect(back.history.future.map((s) => s.label)).toEqual(['a']);
    expect(stepBack(back.history)).toBeUndefined();
  });
});
