// `npm run bench`: bundles the benchmarks like the app (esbuild, SVG icons as text) and runs them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rawText } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { bench: 'test/bench/main.ts' },
  outdir: 'out/bench',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [rawText],
  logLevel: 'warning',
});
try {
  // Measured in a process set up like the app's main process, which runs the validator and the simulator.
  const { v8 } = JSON.parse(readFileSync(`${root}src/main/app/main-process-flags.json`, 'utf8'));
  execFileSync(process.execPath, [...v8, `${root}out/bench/bench.cjs`], { stdio: 'inherit' });
} catch {
  // The benchmarks printed which target they missed.
  process.exitCode = 1;
}
