#!/usr/bin/env node
// The `pipewright` command. Runs the bundled CLI, building it first when the sources are newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'main', 'cli.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = join(root, 'src');
if (existsSync(sources) && (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(sources))) {
  const { buildNode } = await import('../scripts/build.mjs');
  await buildNode();
}
createRequire(import.meta.url)(bundle);
