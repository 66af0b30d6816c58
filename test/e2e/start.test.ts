import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { WEB_HOST } from '../../src/shared/ipc/contract';
import { installedElectron } from '../../scripts/electron-runtime.mjs';

/** Runs `node scripts/start.mjs ARGS` until it prints the web host's URL; returns its output and a stop function. */
async function start(args: string[]) {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Pipewright is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
  return { url, output: () => output, stop };
}

async function checkServes(url: string) {
  const origin = new URL(url).origin;
  const token = new URL(url).hash.replace('#token=', '');
  expect(await (await fetch(`${origin}/`)).text()).toContain('<div id="root">');
  const info = await fetch(`${origin}${WEB_HOST.invokePath('app:info')}`, { method: 'POST', headers: { [WEB_HOST.tokenHeader]: token }, body: '{}' });
  expect(await info.json()).toMatchObject({ ok: true, value: { transport: 'web' } });
}

describe('starting the app', () => {
  it.skipIf(installedElectron() !== undefined)('npm start: without an Electron runtime, says so in one line and serves the app from the web host', async () => {
    const app = await start([]);
    try {
      const lines = app.output().split('\n').filter((l) => l.includes('Electron'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Electron runtime not available \(.+\); serving Pipewright from the loopback web host instead\.$/);
      await checkServes(app.url);
    } finally {
      await app.stop();
    }
  });

  it('npm run web: serves the app straight away', async () => {
    const app = await start(['--web']);
    try {
      expect(app.output()).not.toContain('Electron');
      await checkServes(app.url);
    } finally {
      await app.stop();
    }
  });
});
