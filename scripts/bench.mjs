// `npm run bench`: bundles the benchmarks like the app (esbuild, SVG icons as text) and runs them.
import { execFileSync } from 'node:child_process';
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
  execFileSync(process.execPath, [`${root}out/bench/bench.cjs`], { stdio: 'inherit' });
} catch {
  // The benchmarks printed which target they missed.
  process.exitCode = 1;
}
