import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from '../state/document-store';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';

type Saved = { name: string; dirty: boolean; path?: string };

let saved: Saved[];
let store: ReturnType<typeof createDocumentStore>;
let stop: () => void;
const rename = (name: string) => store.dispatch((d) => void (d.name = name), { label: 'Rename' });

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  store = createDocumentStore(emptyPipeline('Start'));
  stop = startAutosave({ documents: store, save: async ({ pipeline, dirty, path }) => void saved.push({ name: pipeline.name, dirty, path }) });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('autosave to the recovery folder', () => {
  it(`writes the document ${AUTOSAVE_DELAY_MS / 1000} s after the first change, with what it is by then`, () => {
    rename('A');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    rename('AB');
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ name: 'AB', dirty: true, path: undefined }]);
  });

  it('keeps writing every interval while the user keeps editing (throttled, not postponed)', () => {
    for (let t = 0; t < 3 * AUTOSAVE_DELAY_MS; t += 1_000) {
      rename(`v${t}`);
      vi.advanceTimersByTime(1_000);
    }
    expect(saved.map((s) => s.name)).toEqual(['v4000', 'v9000', 'v14000']);
  });

  it('writes nothing while nothing changes', () => {
    rename('A');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 10);
    expect(saved).toHaveLength(1);
  });

  it('deletes the copy at once when the document is saved, without writing it first', () => {
    rename('A');
    store.markSaved('/tmp/a.pipewright');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saved).toEqual([{ name: 'A', dirty: false, path: '/tmp/a.pipewright' }]);
    saved = [];
    rename('B');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    store.markSaved('/tmp/a.pipewright');
    expect(saved).toEqual([
      { name: 'B', dirty: true, path: '/tmp/a.pipewright' },
      { name: 'B', dirty: false, path: '/tmp/a.pipewright' },
    ]);
  });

  it('a restored (unsaved) document gets its own copy within the interval, deleted once saved', () => {
    store.load(emptyPipeline('Recovered'), '/tmp/r.pipewright', { unsaved: true });
    expect(store.getState().dirty).toBe(true);
    store.markSaved('/tmp/r.pipewright');
    expect(saved).toEqual([{ name: 'Recovered', dirty: false, path: '/tmp/r.pipewright' }]);
    store.load(emptyPipeline('Again'), undefined, { unsaved: true });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saved.map((s) => [s.name, s.dirty])).toEqual([
      ['Recovered', false],
      ['Again', true],
    ]);
  });

  it('stops when asked', () => {
    stop();
    rename('A');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saved).toEqual([]);
  });
});
