import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));
const updateGolden = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares with the golden file test/golden/<relativePath>; UPDATE_GOLDEN=1 rewrites it instead
 * (review the diff before committing: goldens are how output changes get reviewed).
 */
export function expectGolden(relativePath: string, content: string): void {
  const path = `${GOLDEN_DIR}${relativePath}`;
  if (updateGolden) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  if (!existsSync(path)) throw new Error(`Missing golden file ${path}: run with UPDATE_GOLDEN=1 to create it.`);
  expect(content, `differs from ${path}; run with UPDATE_GOLDEN=1 if the change is intended`).toBe(readFileSync(path, 'utf8'));
}
