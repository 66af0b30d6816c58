// `npm run bench`: the validator, simulator and auto-layout benchmarks (`engine`, in Node, bundled like the app:
// esbuild, SVG icons as text) and the canvas benchmark (`canvas`: the production app beside bare
// React Flow 12 in Chromium). `npm run bench -- canvas` (or `engine`) runs one of them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'esbuild';
import { buildNode, buildRenderer, rawText } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const asked = process.argv.slice(2);
const run = (part) => asked.length === 0 || asked.includes(part);
// Measured in processes set up like the app's main process, which runs the validator and the simulator.
const { v8 } = JSON.parse(readFileSync(`${root}src/main/app/main-process-flags.json`, 'utf8'));
const node = { absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [rawText], logLevel: 'warning' };

function exec(args) {
  try {
    execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  } catch {
    // The benchmark printed which target it missed (or why it could not run).
    process.exitCode = 1;
  }
}

if (run('engine')) {
  // The layout worker sits beside the benchmark's bundle, as it sits beside main's in the app.
  await build({ ...node, entryPoints: { bench: 'test/bench/main.ts', 'layout-worker': 'src/main/layout/worker.ts' }, outdir: 'out/bench', outExtension: { '.js': '.cjs' } });
  exec([...v8, `${root}out/bench/bench.cjs`]);
}

if (run('canvas')) {
  // The production app, the bare React Flow page, the in-page probe and the generated pipelines.
  await buildNode();
  await buildRenderer();
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: false,
    root: `${root}test/bench/canvas/bare`,
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: `${root}out/bench/canvas-bare`, emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
  });
  await build({ ...node, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { 'canvas-probe': 'test/bench/canvas/probe/probe.ts' }, outdir: 'out/bench' });
  await build({ ...node, entryPoints: { 'canvas-graphs': 'test/bench/canvas/write-graphs.ts' }, outdir: 'out/bench', outExtension: { '.js': '.cjs' } });
  execFileSync(process.execPath, [`${root}out/bench/canvas-graphs.cjs`, `${root}out/bench/graphs`], { stdio: 'inherit' });
  exec(['--import', 'tsx', `${root}test/bench/canvas.bench.ts`]);
}
