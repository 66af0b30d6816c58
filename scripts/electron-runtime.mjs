// Where the Electron runtime is, without `require('electron')`: that call downloads it as a side effect.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** The path of the downloaded Electron executable, or undefined. */
export function installedElectron() {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(executable) ? executable : undefined;
}

/** Downloads the runtime (install scripts are off in .npmrc). Returns undefined on success, else why it failed. */
export function fetchElectron(timeoutMs = 180_000) {
  const installer = join(packageDir, 'install.js');
  if (!existsSync(installer)) return 'the electron package is not installed';
  const run = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: timeoutMs, encoding: 'utf8' });
  if (run.status === 0 && installedElectron()) return undefined;
  const firstLine = `${run.stderr ?? ''}${run.error?.message ?? ''}`.split('\n').find((line) => line.trim()) ?? 'download failed';
  return `its download failed: ${firstLine.trim()}`;
}
