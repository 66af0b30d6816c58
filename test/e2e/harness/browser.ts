import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium with a fresh profile folder, quiet (no background networking, no first-run UI). */
export async function launchChromium(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'pipewright-e2e-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
}
