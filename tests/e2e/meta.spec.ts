import { expect, test } from '@playwright/test';
import { languageTag, locales, t } from '@/i18n';
import { essayPath } from '@/lib/routes';
import { essaySlugs, localPath, pngSize } from './site';

const slugs = essaySlugs();
const essays = locales.flatMap((locale) => slugs[locale].map((slug) => ({ locale, path: essayPath(locale, slug) })));

for (const { locale, path } of essays) {
  test(`${path} has complete meta and a 1200x630 share image`, async ({ page, request }) => {
    await page.goto(path);
    const meta = async (selector: string) => page.locator(selector).getAttribute('content');
    const title = await page.getByRole('heading', { level: 1 }).textContent();

    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect((await meta('meta[name="description"]'))!.length).toBeLessThanOrEqual(160);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[property="og:locale"]')).toBe(languageTag(locale).replace('-', '_'));
    expect(localPath((await meta('meta[property="og:url"]'))!)).toBe(path);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');

    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(/^https:\/\/.+\.png$/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const response = await request.get(localPath(image));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: title, isPartOf: { '@type': 'CreativeWorkSeries' } });
  });
}

test('an essay page shows part, byline, reading time, contents and the way onward', async ({ page }) => {
  await page.goto('/essays/dichter-bij-de-klant/');
  // The total follows the content, so a fifth essay needs no test edit.
  await expect(page.getByText(t('nl', 'series.partOf', { part: 2, total: essaySlugs().nl.length }))).toBeVisible();
  await expect(page.getByText('Door De redactie')).toBeVisible();
  await expect(page.getByText(/\d+ min\. leestijd/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'In dit essay' });
  await expect(toc.getByRole('link')).not.toHaveCount(0);
  const series = page.getByRole('navigation', { name: 'Andere delen van de reeks' });
  await expect(series.getByRole('link', { name: /Vorig deel/ })).toHaveAttribute(
    'href',
    '/essays/natuurlijk-bent-u-koning/',
  );
  await expect(series.getByRole('link', { name: /Volgend deel/ })).toHaveAttribute(
    'href',
    '/essays/partner-op-papier/',
  );
  await expect(page.getByRole('link', { name: 'Doe de quiz' })).toHaveAttribute('href', '/quiz/');
  const share = page.getByRole('region', { name: 'Deel dit essay' });
  await expect(share.getByRole('link', { name: 'Delen via LinkedIn' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=https%3A%2F%2F.+%2Fessays%2Fdichter-bij-de-klant%2F%3Futm_source%3Dlinkedin%26utm_medium%3Dsocial%26utm_campaign%3D/,
  );
});

test('the home page lists every part in order with deks and reading time', async ({ page }) => {
  await page.goto('/en/');
  const parts = page.getByRole('region', { name: 'The series' }).getByRole('listitem');
  const total = essaySlugs().en.length;
  await expect(parts).toHaveCount(total);
  await expect(parts.nth(0)).toContainText('Part 1');
  await expect(parts.nth(total - 1)).toContainText(`Part ${total}`);
  await expect(parts.nth(0)).toContainText(/\d+ min read/);
  await expect(page.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/en/quiz/');
});

test('the about page carries the contact call to action from the site config', async ({ page }) => {
  await page.goto('/en/about/');
  await expect(page.getByRole('link', { name: 'Get in touch' })).toHaveAttribute('href', /^mailto:|^https:/);
});
