import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { AppPage } from '../pages/app-page';
import { launchChromium } from './browser';
import { startWebHost, type WebHost } from './web-host';

export const RESULTS = join(fileURLToPath(new URL('../../..', import.meta.url)), 'test-results');

/** The built app on a fresh web host, open in a fresh Chromium, with the page's errors collected. */
export interface Session {
  host: WebHost;
  browser: BrowserContext;
  page: Page;
  app: AppPage;
  /** Uncaught page errors (and console errors, when asked for). */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(options: { consoleErrors?: boolean; beforeOpen?: (page: Page) => Promise<void> | void; userData?: string } = {}): Promise<Session> {
  const host = await startWebHost({ userData: options.userData });
  const browser = await launchChromium();
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.consoleErrors) page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  await options.beforeOpen?.(page);
  await mkdir(RESULTS, { recursive: true });
  const app = new AppPage(page);
  await app.open(host.url);
  return {
    host,
    browser,
    page,
    app,
    errors,
    close: async () => {
      await browser.close();
      await host.stop();
    },
  };
}
