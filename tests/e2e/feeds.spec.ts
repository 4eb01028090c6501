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
