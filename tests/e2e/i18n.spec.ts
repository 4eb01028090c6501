import { expect, test } from '@playwright/test';
import { localPath } from './site';

const pairs = [
  ['/', '/en/'],
  ['/over/', '/en/about/'],
  ['/privacy/', '/en/privacy/'],
  ['/quiz/', '/en/quiz/'],
  ['/essays/natuurlijk-bent-u-koning/', '/en/essays/of-course-you-are-king/'],
  ['/essays/dichter-bij-de-klant/', '/en/essays/closer-to-the-customer/'],
  ['/essays/partner-op-papier/', '/en/essays/partner-on-paper/'],
  ['/essays/de-luisterende-koning/', '/en/essays/the-listening-king/'],
] as const;

for (const [dutch, english] of pairs) {
  test(`${dutch} and ${english} link to each other`, async ({ page }) => {
    await page.goto(dutch);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(english);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await expect(page).toHaveURL(dutch);
  });

  test(`${english} declares hreflang alternates and x-default`, async ({ page }) => {
    await page.goto(english);
    const hreflang = async (lang: string) =>
      localPath((await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href'))!);
    expect(await hreflang('nl-NL')).toBe(dutch);
    expect(await hreflang('en-GB')).toBe(english);
    expect(await hreflang('x-default')).toBe(dutch);
    expect(localPath((await page.locator('link[rel="canonical"]').getAttribute('href'))!)).toBe(english);
  });
}

test('the theme toggle switches, persists and shows no flash on reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/essays/dichter-bij-de-klant/');
  const toggle = page.getByRole('button', { name: 'Donkere weergave' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The stored choice is applied by the inline head script, before first paint.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 19, 16)');
});
