import { expect, test } from '@playwright/test';
import { locales, localeOfPath } from '@/i18n';
import { pagesUnderTest, sitemapPaths } from './site';

const pages = pagesUnderTest();

test('the sitemap lists the home, about, privacy, quiz and essay pages of every language', () => {
  const listed = sitemapPaths();
  for (const locale of locales) {
    expect(listed.filter((path) => localeOfPath(path) === locale).length, locale).toBeGreaterThanOrEqual(5);
  }
});

for (const path of pages) {
  test(`${path} loads without console errors or foreign requests`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:'].includes(url.protocol)) return;
      if (url.origin !== new URL(baseURL!).origin) problems.push(`foreign request: ${request.url()}`);
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    expect(problems).toEqual([]);
  });
}

test('an unknown address gets the localized 404 page', async ({ page }) => {
  // astro preview serves 404.html for unknown paths, as static hosts do.
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Naar de voorpagina', exact: true })).toBeVisible();
});
