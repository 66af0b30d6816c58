import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { RecoveryStore } from './recovery-store';

let dir: string;
const running = new Set<number>();
const store = (pid: number, warn: (m: string) => void = () => {}) =>
  new RecoveryStore(dir, { pid, isRunning: (p) => running.has(p), now: () => new Date(Date.UTC(2026, 10, 27, 12, 0, pid)), warn });

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'pw-recovery-')), 'recovery');
  running.clear();
});

describe('crash recovery copies', () => {
  it('offers what a process that is gone left, with its name, path and time; not what a running one has', async () => {
    const crashed = store(101);
    await crashed.save('page-1', { pipeline: { ...clickstreamPipeline(), name: 'Edited' }, path: '/work/a.pipewright', dirty: true });
    const alive = store(102);
    await alive.save('page-1', { pipeline: clickstreamPipeline(), dirty: true });
    running.add(102);

    const next = store(103);
    const entries = await next.list();
    expect(entries).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{16}$/), name: 'Edited', path: '/work/a.pipewright', savedAt: '2026-11-27T12:01:41.000Z' }]);
    // Its own copies are never offered to the process that writes them.
    expect(await crashed.list()).toEqual([]);
  });

  it('restoring hands the copy to the new window: same document, no longer offered, still on disk until saved', async () => {
    await store(101).save('w', { pipeline: { ...clickstreamPipeline(), name: 'Lost work' }, dirty: true });
    const next = store(103);
    running.add(103);
    const [entry] = await next.list();
    const restored = await next.restore('page-9', entry!.id);
    expect(restored.pipeline.name).toBe('Lost work');
    expect(restored.path).toBeUndefined();
    expect(await next.list()).toEqual([]);
    expect(await store(104).list()).toEqual([]);
    // The copy is now page-9's own: gone from disk once that window has saved.
    expect((await readdir(dir)).length).toBe(2);
    await next.save('page-9', { pipeline: restored.pipeline, dirty: false });
    expect(await readdir(dir)).toEqual([]);
    await expect(next.restore('page-9', entry!.id)).rejects.toThrow(/no recovered document/);
  });

  it('a save of a clean document deletes the copy; discard deletes an orphan', async () => {
    const a = store(101);
    await a.save('w', { pipeline: clickstreamPipeline(), dirty: true });
    expect(await readdir(dir)).toHaveLength(2);
    await a.save('w', { pipeline: clickstreamPipeline(), dirty: false });
    expect(await readdir(dir)).toEqual([]);
    await a.save('w', { pipeline: clickstreamPipeline(), dirty: true });
    const [entry] = await store(102).list();
    expect(await store(102).discard(entry!.id)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to restore or discard a copy whose process is still running', async () => {
    await store(101).save('w', { pipeline: clickstreamPipeline(), dirty: true });
    running.add(101);
    const id = (await readdir(dir)).find((n) => n.endsWith('.json'))!.slice(0, -5);
    await expect(store(102).discard(id)).rejects.toThrow(/still running/);
    await expect(store(102).restore('x', id)).rejects.toThrow(/still running/);
  });

  it('keeps writes in order: the last save wins', async () => {
    const a = store(101);
    await Promise.all([1, 2, 3].map((i) => a.save('w', { pipeline: { ...clickstreamPipeline(), name: `v${i}` }, dirty: true })));
    expect((await store(102).list()).map((e) => e.name)).toEqual(['v3']);
  });

  it('ignores a corrupt record with a warning', async () => {
    const warnings: string[] = [];
    await store(101).save('w', { pipeline: clickstreamPipeline(), dirty: true });
    const meta = (await readdir(dir)).find((n) => n.endsWith('.json'))!;
    await writeFile(join(dir, meta), '{"pid":"x"}');
    expect(await store(102, (m) => warnings.push(m)).list()).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/is not a recovery record/)]);
  });

  it('lists nothing when there is no recovery folder yet', async () => {
    expect(await store(1).list()).toEqual([]);
  });
});
