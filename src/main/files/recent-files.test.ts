import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RECENT_FILES_LIMIT, RECENT_FILES_NAME, RecentFiles } from './recent-files';

let dir: string;
let warnings: string[];
let clock: number;
const make = () => new RecentFiles(dir, (m) => warnings.push(m), () => new Date(Date.UTC(2026, 0, 1) + clock++ * 1000));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-recent-'));
  warnings = [];
  clock = 0;
});

async function touch(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, '{}');
  return path;
}

describe('recent files', () => {
  it('lists opened files newest first, once each, and survives a restart', async () => {
    const a = await touch('a.pipewright');
    const b = await touch('b.pipewright');
    const recent = make();
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    const again = await make().list();
    expect(again.map((f) => f.path)).toEqual([a, b]);
    expect(again.every((f) => f.exists)).toBe(true);
    expect(again[0]!.openedAt).toBe('2026-01-01T00:00:02.000Z');
  });

  it(`keeps at most ${RECENT_FILES_LIMIT}`, async () => {
    const recent = make();
    for (let i = 0; i < RECENT_FILES_LIMIT + 3; i++) await recent.add(join(dir, `f${i}.pipewright`));
    const list = await recent.list();
    expect(list).toHaveLength(RECENT_FILES_LIMIT);
    expect(list[0]!.path).toBe(join(dir, `f${RECENT_FILES_LIMIT + 2}.pipewright`));
  });

  it('marks a file that is gone as missing', async () => {
    const recent = make();
    await recent.add(join(dir, 'gone.pipewright'));
    expect(await recent.list()).toEqual([expect.objectContaining({ path: join(dir, 'gone.pipewright'), exists: false })]);
  });

  it('serializes concurrent additions (none is lost)', async () => {
    const recent = make();
    await Promise.all([1, 2, 3, 4].map((i) => recent.add(join(dir, `c${i}.pipewright`))));
    expect((await recent.list()).map((f) => f.path).sort()).toEqual([1, 2, 3, 4].map((i) => join(dir, `c${i}.pipewright`)));
  });

  it.each([
    ['not JSON', '{ "version": 1, "files": [', /not valid JSON/],
    ['another shape', '{ "version": 1, "files": [{ "path": 3 }] }', /not a recent-files list/],
  ])('reads a corrupt list (%s) as empty, with a warning, and starts over', async (_name, text, warning) => {
    await writeFile(join(dir, RECENT_FILES_NAME), text);
    const recent = make();
    expect(await recent.list()).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(warning)]);
    await recent.add(join(dir, 'x.pipewright'));
    expect(JSON.parse(await readFile(join(dir, RECENT_FILES_NAME), 'utf8')).files).toHaveLength(1);
  });

  it('creates the user-data folder when it does not exist yet', async () => {
    dir = join(dir, 'nested', 'pipewright');
    await make().add('/tmp/a.pipewright');
    expect((await make().list()).map((f) => f.path)).toEqual(['/tmp/a.pipewright']);
  });
});
