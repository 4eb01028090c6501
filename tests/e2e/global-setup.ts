import { existsSync } from 'node:fs';
import { chromium, type FullConfig } from '@playwright/test';
import { BUILD_ID_PATH, readBuildId } from '@/deploy/build-id';

/** Stops the run with instructions when no browser can be found. */
function checkBrowser(): void {
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

/**
 * The tests run against the server on the webServer port, which outside CI
 * may be one that was already running (reuseExistingServer). Makes sure it
 * serves this checkout's dist/: its build-id.txt must be ours.
 */
async function checkServer(config: FullConfig): Promise<void> {
  const ours = readBuildId('dist');
  if (!ours) throw new Error(`dist${BUILD_ID_PATH} not found: run npm run build before the end-to-end tests.`);
  const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  const url = webServer?.url;
  if (!url) return;
  let theirs: string;
  try {
    const response = await fetch(new URL(BUILD_ID_PATH, url));
    theirs = response.ok
      ? `build id "${(await response.text()).trim()}"`
      : `no build id (HTTP ${response.status} for ${BUILD_ID_PATH})`;
  } catch (error) {
    throw new Error(`The server on ${url} did not answer: ${(error as Error).message}`);
  }
  if (theirs !== `build id "${ours}"`) {
    throw new Error(
      [
        `The server on ${url} does not serve this checkout's build: it has ${theirs}; dist/ has build id "${ours}".`,
        'Another server (another checkout, or an older build) holds the port. Stop it, serve this build there',
        `(npm run preview -- --port ${new URL(url).port}), or run the tests on another port (E2E_PORT=4330 npm run test:e2e).`,
      ].join('\n'),
    );
  }
}

export default async function globalSetup(config: FullConfig): Promise<void> {
  checkBrowser();
  await checkServer(config);
}
