import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const URL_PATTERN = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/\S*/;

export interface WebHost {
  /** The URL with the access token, as printed by the host. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the built web host (`out/main/web.cjs`) on a free port and waits for its URL. `nodeFlags` go to Node (e.g. the main-process V8 flags). */
export async function startWebHost(timeoutMs = 30_000, nodeFlags: readonly string[] = []): Promise<WebHost> {
  const entry = join(ROOT, 'out', 'main', 'web.cjs');
  if (!existsSync(entry) || !existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run `node scripts/build.mjs` (npm run test:e2e does) before the end-to-end tests.');
  }
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, entry, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
