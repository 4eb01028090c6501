import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Stops the run with instructions when no browser can be found. */
export default function globalSetup(): void {
  if (process.env.CHROME_PATH || existsSync('/usr/bin/chromium')) return;
  if (existsSync(chromium.executablePath())) return;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Do one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)',
      '  - anywhere else: npx playwright install chromium',
      '  - or point CHROME_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}
