// Builds every process: main, web host, CLI, simulation and layout workers (Node, CommonJS bundles),
// the sandboxed preload, and the renderer (Vite). `--node-only` skips the renderer.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `import svg from 'x.svg?raw'` as text, as Vite does, so shared catalog code bundles the same everywhere. */
export const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, async (args) => {
      const resolved = await b.resolve(args.path.slice(0, -'?raw'.length), { resolveDir: args.resolveDir, kind: args.kind });
      if (resolved.errors.length) return { errors: resolved.errors };
      return { path: resolved.path, namespace: 'raw-text' };
    });
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

const nodeEntries = {
  'main/electron': 'src/main/app/electron-main.ts',
  'main/web': 'src/main/host/web-main.ts',
  'main/cli': 'src/main/cli/main.ts',
  'main/simulate-worker': 'src/main/simulate/worker.ts',
  'main/layout-worker': 'src/main/layout/worker.ts',
  'preload/index': 'src/preload/index.ts',
};

export async function buildNode() {
  await build({
    absWorkingDir: root,
    entryPoints: nodeEntries,
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    external: ['electron'],
    plugins: [rawText],
    logLevel: 'warning',
  });
}

export async function buildRenderer() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildNode();
  if (!process.argv.includes('--node-only')) await buildRenderer();
  console.log(`built in ${Date.now() - started} ms`);
}
