import { expect, test } from '@playwright/test';
import { allBuckets } from '@/lib/quiz/buckets';
import { siteConfig } from '@/site.config';
import { answerWithKeyboard, expectedResult, quiz, quizPath, startWithKeyboard } from './quiz-helpers';
import { localPath, pngSize } from './site';

const origin = siteConfig.origin;
const campaign = siteConfig.campaign;
const tagged = (url: string, source: string) =>
  `${url}?utm_source=${source}&utm_medium=social&utm_campaign=${campaign}`;

test('the result shares its bucket page with exact links per network', async ({ page }) => {
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'customer');
  const choices = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3];
  await answerWithKeyboard(page, 'nl', choices);
  const { score, stage } = expectedResult('nl', choices);
  const bucket = Math.floor(score / 5) * 5;
  const pageUrl = `${origin}/quiz/uitslag/${bucket}/`;
  const stageAfterColon = stage.charAt(0).toLowerCase() + stage.slice(1);
  const title = `Uitslag van de partnershipquiz: ${bucket}/100, ${stageAfterColon}`;
  const message = `Ik deed de partnershipquiz van De luisterende koning en kwam uit op ${bucket}/100: ${stageAfterColon}. Waar staat uw samenwerking?`;

  const share = page.getByRole('region', { name: 'Deel uw uitslag' });
  const href = (name: string) => share.getByRole('link', { name }).getAttribute('href');
  expect(await href('Delen via LinkedIn')).toBe(
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(tagged(pageUrl, 'linkedin'))}`,
  );
  expect(await href('Delen via X')).toBe(
    `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${encodeURIComponent(tagged(pageUrl, 'x'))}`,
  );
  expect(await href('Delen via WhatsApp')).toBe(
    `https://wa.me/?text=${encodeURIComponent(`${message} ${tagged(pageUrl, 'whatsapp')}`)}`,
  );
  expect(await href('Delen via E-mail')).toBe(
    `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${message}\n\n${tagged(pageUrl, 'email')}`)}`,
  );
  // X counts a URL as 23 characters.
  expect(title.length + 1 + 23).toBeLessThanOrEqual(280);
  await expect(share.getByRole('link', { name: 'Download de afbeelding' })).toHaveAttribute(
    'href',
    `/og/result/nl-${bucket}.png`,
  );
  await expect(share.getByRole('link', { name: 'Open de deelbare pagina' })).toHaveAttribute('href', pageUrl);

  // Copy link, with a visible confirmation.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await share.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tagged(pageUrl, 'copy'));

  // Nothing personal is in any shared URL: the bucket's path and campaign tags only.
  for (const link of await share.getByRole('link').all()) {
    const value = decodeURIComponent((await link.getAttribute('href')) ?? '');
    const shared = value.match(new RegExp(`${origin}[^\\s&]*(?:&utm_[a-z]+=[^\\s&]*)*`));
    if (!shared) continue;
    const sharedUrl = new URL(shared[0]);
    expect(sharedUrl.pathname).toBe(`/quiz/uitslag/${bucket}/`);
    expect([...sharedUrl.searchParams.keys()].every((key) => key.startsWith('utm_'))).toBe(true);
    expect(sharedUrl.hash).toBe('');
    for (const q of quiz.questions) expect(value).not.toContain(q.id);
  }
});

test('essay pages copy their link and confirm it', async ({ page }) => {
  await page.goto('/en/essays/closer-to-the-customer/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const share = page.getByRole('region', { name: 'Share this essay' });
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    tagged(`${origin}/en/essays/closer-to-the-customer/`, 'copy'),
  );
});

test('the system share sheet is offered only where the browser has one', async ({ page }) => {
  await page.goto('/essays/partner-op-papier/');
  const hasShare = await page.evaluate(() => 'share' in navigator);
  await expect(page.getByRole('button', { name: 'Meer opties' })).toHaveCount(hasShare ? 1 : 0);
  await page.addInitScript(() => {
    (navigator as Navigator & { share: unknown }).share = async () => undefined;
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Meer opties' })).toBeVisible();
});

for (const locale of ['nl', 'en'] as const) {
  test(`every ${locale} result page previews well without JavaScript`, async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const checkedImages = new Set<string>();
    for (const bucket of allBuckets) {
      const path = locale === 'nl' ? `/quiz/uitslag/${bucket}/` : `/en/quiz/result/${bucket}/`;
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      const title = (await meta('meta[property="og:title"]'))!;
      expect(title).toMatch(
        locale === 'nl'
          ? new RegExp(`^Uitslag van de partnershipquiz: ${bucket}/100, `)
          : new RegExp(`^Partnership quiz result: ${bucket}/100, `),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      expect((await meta('meta[property="og:description"]'))!.length).toBeGreaterThan(40);
      expect(localPath((await meta('meta[property="og:url"]'))!)).toBe(path);
      expect(localPath((await page.locator('link[rel="canonical"]').getAttribute('href'))!)).toBe(path);
      const image = (await meta('meta[property="og:image"]'))!;
      expect(image).toMatch(/^https:\/\/.+\/og\/result\/(nl|en)-\d+\.png$/);
      expect(await meta('meta[property="og:image:width"]')).toBe('1200');
      if (!checkedImages.has(image)) {
        const response = await request.get(localPath(image));
        expect(response.status()).toBe(200);
        expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
        checkedImages.add(image);
      }
      await expect(
        page.getByRole('link', { name: locale === 'nl' ? 'Doe de quiz' : 'Take the quiz' }).first(),
      ).toHaveAttribute('href', quizPath(locale));
    }
    expect(checkedImages.size).toBe(allBuckets.length);
    await context.close();
  });
}
