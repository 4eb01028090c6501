import { expect, test } from '@playwright/test';
import { languageTag, locales } from '@/i18n';
import { essayPath, feedPath } from '@/lib/routes';
import { essaySlugs, localPath } from './site';

const slugs = essaySlugs();

for (const [locale, feed] of locales.map((l) => [l, feedPath(l)] as const)) {
  test(`${feed} parses and lists every ${locale} essay`, async ({ page, request }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    await page.goto('/');
    const feedData = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return {
        language: doc.querySelector('channel > language')?.textContent,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
      };
    }, xml);
    expect(feedData).not.toBeNull();
    expect(feedData!.language).toBe(languageTag(locale));
    expect(feedData!.links.map(localPath).sort()).toEqual(slugs[locale].map((s) => essayPath(locale, s)).sort());
  });
}

test('the sitemap parses, lists every essay and pairs translations', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  await page.goto('/');
  const entries = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.getElementsByTagName('url')].map((url) => ({
      loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
      alternates: [...url.getElementsByTagName('xhtml:link')].map((l) => l.getAttribute('href') ?? ''),
    }));
  }, xml);
  expect(entries).not.toBeNull();
  const locs = entries!.map((e) => localPath(e.loc));
  for (const locale of locales) for (const slug of slugs[locale]) expect(locs).toContain(essayPath(locale, slug));
  const about = entries!.find((e) => localPath(e.loc) === '/over/');
  expect(about?.alternates.map(localPath).sort()).toEqual(['/en/about/', '/over/']);
});

test('robots.txt points to the sitemap index', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});

test('the favicon, icons and manifest exist', async ({ request }) => {
  for (const path of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/icon-192.png', '/icon-512.png']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.icons).toHaveLength(3);
});

test('a page loads its icon without a request, and its manifest over its own connection', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/en/');
  const icon = page.locator('link[rel="icon"][type="image/svg+xml"]');
  const href = (await icon.getAttribute('href')) ?? '';
  expect(href).toMatch(/^data:image\/svg\+xml,/);
  // The same crown as /favicon.svg, which stays for whoever asks for it by name.
  const svg = await (await page.request.get('/favicon.svg')).text();
  expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.replace(/"/g, "'"));
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('crossorigin', 'use-credentials');
  expect(requested).not.toContain('/favicon.svg');
});
