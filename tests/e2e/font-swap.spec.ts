import { expect, test } from '@playwright/test';

/**
 * The web font is not preloaded (src/fonts/fallback.ts): the text paints in
 * a local fallback sized like Source Serif 4, and the swap to the web font
 * must not move it. A page reached from elsewhere asks for the font only
 * after its first paint; one reached from this site, at once (theme.js). Here the font files arrive late on purpose, on a phone's
 * viewport as Lighthouse's mobile run uses, and the layout shifts from first
 * paint until after the swap must stay under issue 15's CLS target. The
 * fallback is whatever serif this machine has (on Debian: Liberation Serif or
 * DejaVu Serif).
 */
const PAGES = [
  '/',
  '/en/',
  '/essays/partner-op-papier/',
  '/en/essays/partner-on-paper/',
  '/quiz/',
  '/en/quiz/',
  '/quiz/uitslag/65/',
  '/en/quiz/result/65/',
  '/quiz/fase/partnership-op-papier/',
];
const CLS_TARGET = 0.02;
const FONT_DELAY_MS = 1500;

test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

for (const path of PAGES) {
  test(`${path}: the web font swaps in without shifting the page`, async ({ page }) => {
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; at: number }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.shifts.push({ value: entry.value, at: entry.startTime });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForFunction(
      () => document.fonts.check('1em "Source Serif 4"') && document.fonts.status === 'loaded',
    );
    // Let the swap's layout and any shift it causes be reported.
    await page.waitForTimeout(500);
    const { shifts, firstPaint, fontLoaded } = await page.evaluate(() => ({
      shifts: (window as unknown as { shifts: { value: number; at: number }[] }).shifts,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      fontLoaded: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.woff2'))
          .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
      ),
    }));
    // The text painted before the font came: the fallback was on screen and the swap happened after.
    expect(firstPaint).toBeLessThan(fontLoaded);
    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(CLS_TARGET);
  });
}

const fontTimes = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.woff2'))
    .map((entry) => entry.startTime);
const firstPaintTime = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;

test('reached from elsewhere, a page asks for the web font only after its first paint', async ({ page }) => {
  await page.goto('/en/essays/partner-on-paper/');
  await page.waitForFunction(() => document.fonts.check('1em "Source Serif 4"') && document.fonts.status === 'loaded');
  const [requested, firstPaint] = await Promise.all([page.evaluate(fontTimes), page.evaluate(firstPaintTime)]);
  expect(requested.length).toBeGreaterThan(0);
  for (const start of requested) expect(start).toBeGreaterThan(firstPaint);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Source Serif 4"?,/);
});

test('reached from another page of the site, a page takes the web font at once', async ({ page }) => {
  await page.goto('/en/');
  await page.waitForFunction(() => document.fonts.status === 'loaded' && 'f' in document.documentElement.dataset);
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { fontAtParse: boolean }).fontAtParse = 'f' in document.documentElement.dataset;
    }),
  );
  await page.getByRole('link', { name: 'Partner on paper' }).first().click();
  await page.waitForURL('**/en/essays/partner-on-paper/');
  expect(await page.evaluate(() => (window as unknown as { fontAtParse: boolean }).fontAtParse)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the web font applies at once', async ({ page }) => {
    await page.goto('/en/essays/partner-on-paper/');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Source Serif 4"?,/);
  });
});
