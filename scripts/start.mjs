// `npm start`: build, then open the Electron window; where no Electron runtime can be had,
// say so in one line and serve the same app from the loopback web host. `--web` goes straight there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const webOnly = process.argv.includes('--web');
const passThrough = process.argv.slice(2).filter((a) => a !== '--web');

/** The Electron binary's path, or the reason there is none. */
function electronRuntime() {
  const tryResolve = () => {
    try {
      const path = require('electron');
      return typeof path === 'string' && existsSync(path) ? { path } : { why: 'the Electron package has no runtime' };
    } catch (error) {
      return { why: error.message.split('\n')[0] };
    }
  };
  let found = tryResolve();
  if (found.path) return found;
  // Install scripts are off (.npmrc); fetch the runtime now, once.
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return { why: 'the electron package is not installed' };
  }
  const fetched = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'pipe', timeout: 180_000, encoding: 'utf8' });
  if (fetched.status !== 0) {
    const reason = `${fetched.stderr || fetched.error?.message || ''}`.split('\n').find((l) => l.trim()) ?? 'download failed';
    return { why: `its download failed: ${reason.trim()}` };
  }
  found = tryResolve();
  return found;
}

await buildNode();
await buildRenderer();

if (!webOnly) {
  const runtime = electronRuntime();
  if (runtime.path) {
    const child = spawn(runtime.path, [root, ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    await new Promise(() => {});
  }
  console.log(`Electron runtime not available (${runtime.why}); serving Pipewright from the loopback web host instead.`);
}
const host = spawn(process.execPath, [`${root}out/main/web.cjs`, ...passThrough], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
