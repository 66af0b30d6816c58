import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const URL_PATTERN = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/\S*/;

export interface WebHost {
  /** The URL with the access token, as printed by the host. */
  url: string;
  /** Its user-data folder (recent files, recovery copies). */
  userData: string;
  stop(): Promise<void>;
  /** Ends it the hard way (SIGKILL), as a crash would: nothing is cleaned up. */
  kill(): Promise<void>;
}

/**
 * Starts the built web host (`out/main/web.cjs`) on a free port and waits for its URL. Each host
 * gets a fresh user-data folder unless one is given (a test that restarts the app passes the same);
 * `nodeFlags` go to Node (e.g. the main-process V8 flags).
 */
export async function startWebHost(options: { userData?: string; timeoutMs?: number; nodeFlags?: readonly string[] } = {}): Promise<WebHost> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'pipewright-e2e-userdata-')));
  const entry = join(ROOT, 'out', 'main', 'web.cjs');
  if (!existsSync(entry) || !existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run `node scripts/build.mjs` (npm run test:e2e does) before the end-to-end tests.');
  }
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeFlags ?? []), entry, '--port', '0', '--user-data', userData], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with code ${code}:\n${output}`));
    });
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, userData, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
