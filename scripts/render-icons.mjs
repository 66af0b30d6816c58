// Renders assets/icon.svg and assets/file-icon.svg to the PNGs electron-builder packages (Debian Chromium).
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
const fs = await import('node:fs');
for (const [src, out, size] of [['assets/icon.svg','assets/icon.png',512],['assets/file-icon.svg','assets/file-icon.png',256]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${fs.readFileSync(src,'utf8').replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`)}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true });
}
await browser.close();
