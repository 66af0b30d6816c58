import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installedElectron } from '../../scripts/electron-runtime.mjs';
import { CHANNELS } from '../../src/shared/ipc/contract';

const binary = installedElectron();
if (!binary) {
  console.warn('\n*** SKIPPED: Electron end-to-end test: no Electron runtime installed here (`npm start` downloads it where the network allows); the same app is tested on the web host in Chromium. ***\n');
}

describe.skipIf(!binary)('the Electron app', () => {
  it('opens a locked-down window whose renderer reaches main only through the named API', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [join(process.cwd())] });
    try {
      const window = await app.firstWindow();
      await window.getByTestId('palette-kinesis-firehose').waitFor();
      expect(window.url()).toBe('pipewright://app/index.html');
      const shape = await window.evaluate(() => ({
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as unknown as { pipewright: object }).pipewright).sort(),
      }));
      expect(shape.node).toBe('undefined');
      expect(shape.process).toBe('undefined');
      expect(shape.api).toEqual([...Object.values(CHANNELS).map((c) => c.method), 'on'].sort());
      const info = await window.evaluate(() => (globalThis as unknown as { pipewright: { appInfo(i: object): Promise<unknown> } }).pipewright.appInfo({}));
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', nativeDialogs: true } });
    } finally {
      await app.close();
    }
  });
});
