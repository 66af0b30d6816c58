import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The folder says where code runs; the lint configuration must refuse code that crosses over.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message.split('.')[0]}`);
}

describe('runtime boundaries', () => {
  it.each([
    ['src/shared/model/x.ts', "import { readFileSync } from 'node:fs'; export const f = readFileSync;"],
    ['src/shared/model/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['src/shared/model/x.ts', "import { useState } from 'react'; export const s = useState;"],
    ['src/shared/model/x.ts', "import { HANDLERS } from '../../main/ipc/handlers'; export const h = HANDLERS;"],
    ['src/shared/model/x.ts', 'export const w = document.title;'],
    ['src/renderer/canvas/x.ts', "import { ipcRenderer } from 'electron'; export const i = ipcRenderer;"],
    ['src/renderer/canvas/x.ts', "import path from 'path'; export const p = path;"],
    ['src/renderer/canvas/x.ts', "import { validatePipeline } from '../../main/validate/validate'; export const v = validatePipeline;"],
    ['src/main/ipc/x.ts', "import { App } from '../../renderer/App'; export const a = App;"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^no-restricted-(imports|globals): /)]);
  });

  it('allows what each layer may use', async () => {
    expect(await problems('src/shared/model/x.ts', "import { z } from 'zod'; export const s = z.string();")).toEqual([]);
    expect(await problems('src/renderer/canvas/x.ts', "import { KINDS } from '../../shared/catalog/registry'; export const k = KINDS;")).toEqual([]);
    expect(await problems('src/main/ipc/x.ts', "import { readFile } from 'node:fs/promises'; export const r = readFile;")).toEqual([]);
  });
});
