// Screenshots of given paths at phone and desktop width, light and dark, for
// reviewing design by eye. Usage: node tests/tools/screenshots.mjs [base] path...
// Writes to .tmp/shots/. Needs a running `npm run preview`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const out = '.tmp/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
for (const path of paths.length ? paths : ['/']) {
  for (const [device, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}/${name}`);
      await page.close();
    }
  }
}
await browser.close();
