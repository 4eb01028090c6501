import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The port of the preview server the tests use (E2E_PORT to choose another).
 * Outside CI a server already on it is reused, but only when it serves this
 * checkout's build: global setup compares dist/build-id.txt and stops the run
 * otherwise.
 */
const PORT = Number(process.env.E2E_PORT || 4322);

/**
 * Which Chromium to drive: CHROME_PATH if set, else Debian's /usr/bin/chromium,
 * else the browser Playwright installed itself. Fails early with a clear
 * message when none is there.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no browser is there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const executable = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run two browsers and a server: give assertions room on a busy machine.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: executable ? { executablePath: executable } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npm run preview -- --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
