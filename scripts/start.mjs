// `npm start`: build, then open the Electron window; where no Electron runtime can be had,
// say so in one line and serve the same app from the loopback web host. `--web` goes straight there.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';
import { fetchElectron, installedElectron } from './electron-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const webOnly = process.argv.includes('--web');
const passThrough = process.argv.slice(2).filter((a) => a !== '--web');

await buildNode();
await buildRenderer();

if (!webOnly) {
  const why = installedElectron() ? undefined : fetchElectron();
  const electron = installedElectron();
  if (electron) {
    const child = spawn(electron, [root, ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    await new Promise(() => {});
  }
  console.log(`Electron runtime not available (${why}); serving Pipewright from the loopback web host instead.`);
}
// The same V8 flags as the Electron main process: the web host runs the same validator.
const { v8 } = JSON.parse(readFileSync(`${root}src/main/app/main-process-flags.json`, 'utf8'));
const host = spawn(process.execPath, [...v8, `${root}out/main/web.cjs`, ...passThrough], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
