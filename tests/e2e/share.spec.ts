import { expect, test, type Locator, type Page } from '@playwright/test';
import { allBuckets } from '@/lib/quiz/buckets';
import { stagePath, stageSlug } from '@/lib/routes';
import { mediumOf, type ShareSource } from '@/lib/share';
import { siteConfig } from '@/site.config';
import { answerWithKeyboard, choicesFrom, expectedResult, quiz, quizPath, startWithKeyboard } from './quiz-helpers';
import { localPath, pngSize } from './site';

const origin = siteConfig.origin;
const campaign = siteConfig.campaign;
const tagged = (url: string, source: ShareSource) =>
  `${url}?utm_source=${source}&utm_medium=${mediumOf[source]}&utm_campaign=${campaign}`;

/** Every network's link, as the share block of a page offers it. */
async function expectLinks(
  share: Locator,
  pageUrl: string,
  { title, post, message }: { title: string; post: string; message: string },
) {
  const href = (name: string) => share.getByRole('link', { name }).getAttribute('href');
  expect(await href('Delen via LinkedIn')).toBe(
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(tagged(pageUrl, 'linkedin'))}`,
  );
  expect(await href('Delen via X')).toBe(
    `https://x.com/intent/post?text=${encodeURIComponent(post)}&url=${encodeURIComponent(tagged(pageUrl, 'x'))}`,
  );
  expect(await href('Delen via WhatsApp')).toBe(
    `https://wa.me/?text=${encodeURIComponent(`${message} ${tagged(pageUrl, 'whatsapp')}`)}`,
  );
  expect(await href('Delen via E-mail')).toBe(
    `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${message}\n\n${tagged(pageUrl, 'email')}`)}`,
  );
  // X counts a URL as 23 characters.
  expect(post.length + 1 + 23).toBeLessThanOrEqual(280);
}

test('a result shares its stage page by default, and its score page only when asked', async ({ page }) => {
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'customer');
  const choices = choicesFrom([0, 1, 2, 3]);
  await answerWithKeyboard(page, 'nl', choices);
  const { score, stageId } = expectedResult('nl', choices);
  const stage = quiz.stages.find((s) => s.id === stageId)!;
  const stageName = stage.name.nl;
  const stageUrl = `${origin}${stagePath('nl', stageSlug(stageName))}`;
  const thesis = stage.thesis.nl;
  const stageMessage = `${thesis}. ${stage.question.nl}`;

  const share = page.getByRole('region', { name: 'Deel uw uitslag' });
  await expectLinks(share, stageUrl, { title: thesis, post: stageMessage, message: stageMessage });
  await expect(share.getByRole('link', { name: 'Download de afbeelding' })).toHaveAttribute(
    'href',
    `/og/stage/nl-${stageSlug(stageName)}.png`,
  );
  await expect(share.getByRole('link', { name: 'Open de deelbare pagina' })).toHaveAttribute('href', stageUrl);

  // Copy link, with a visible confirmation.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await share.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tagged(stageUrl, 'copy'));

  // With the score: the bucket's page, its range in the texts.
  const bucket = Math.floor(score / 5) * 5;
  const range = bucket === 100 ? '100' : `${bucket}–${bucket + 4}`;
  await share.getByRole('checkbox', { name: `Deel met mijn score (${range} van 100)` }).check();
  const scoreUrl = `${origin}/quiz/uitslag/${bucket}/`;
  const stageAfterColon = stageName.charAt(0).toLowerCase() + stageName.slice(1);
  const title = `Uitslag van de partnershipquiz: ${range} van 100, ${stageAfterColon}`;
  const message = `Ik deed de partnershipquiz van De luisterende koning: ${stageAfterColon}, ${range} op een schaal van 100. Herkenbaar?`;
  await expectLinks(share, scoreUrl, { title, post: title, message });
  await expect(share.getByRole('link', { name: 'Download de afbeelding' })).toHaveAttribute(
    'href',
    `/og/result/nl-${bucket}.png`,
  );

  // Nothing personal is in any shared URL: a public page's path and campaign tags only.
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
          ? new RegExp(
              `^Uitslag van de partnershipquiz: ${bucket === 100 ? '100' : `${bucket}–${bucket + 4}`} van 100, `,
            )
          : new RegExp(`^Partnership quiz result: ${bucket === 100 ? '100' : `${bucket}–${bucket + 4}`} out of 100, `),
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

/**
 * Stubs the Web Share API: navigator.share records what it was given (files
 * as name and type), and canShare accepts files as a phone's browser does.
 */
async function stubWebShare(page: Page) {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { shareCalls: calls });
    Object.assign(navigator, {
      canShare: (data: ShareData) => Array.isArray(data.files),
      share: async (data: ShareData) => {
        const { files, ...rest } = data;
        calls.push({ ...rest, files: files?.map((f) => ({ name: f.name, type: f.type, size: f.size })) });
      },
    });
  });
}
const shareCalls = (page: Page) => page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls);

test('the system share sheet sends the card as a file on static pages', async ({ page }) => {
  await stubWebShare(page);
  const path = stagePath('nl', stageSlug(quiz.stages[2]!.name.nl));
  await page.goto(path);
  const share = page.getByRole('region', { name: 'Deel deze fase' });
  await share.getByRole('button', { name: 'Meer opties' }).click();
  await expect.poll(() => shareCalls(page)).toHaveLength(1);
  const [call] = (await shareCalls(page)) as { url: string; text: string; files: { type: string; size: number }[] }[];
  expect(call!.url).toBe(tagged(`${origin}${path}`, 'system'));
  expect(call!.text).toBe(`${quiz.stages[2]!.thesis.nl}. ${quiz.stages[2]!.question.nl}`);
  expect(call!.files).toHaveLength(1);
  expect(call!.files[0]).toMatchObject({ type: 'image/png' });
  expect(call!.files[0]!.size).toBeGreaterThan(10_000);
});

test('the system share sheet sends the card as a file from the quiz result', async ({ page }) => {
  await stubWebShare(page);
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'supplier');
  const choices = choicesFrom([3, 2, 1]);
  await answerWithKeyboard(page, 'en', choices);
  const share = page.getByRole('region', { name: 'Share your result' });
  await share.getByRole('button', { name: 'More options' }).click();
  await expect.poll(() => shareCalls(page)).toHaveLength(1);
  const [call] = (await shareCalls(page)) as { url: string; files: { name: string; type: string }[] }[];
  const stage = quiz.stages.find((s) => s.id === expectedResult('en', choices).stageId)!;
  expect(call!.url).toBe(tagged(`${origin}${stagePath('en', stageSlug(stage.name.en))}`, 'system'));
  expect(call!.files).toEqual([expect.objectContaining({ name: 'card.png', type: 'image/png' })]);
});

test('where the clipboard is refused, the link shows selected in a read-only field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/essays/partner-op-papier/');
  const share = page.getByRole('region', { name: 'Deel dit essay' });
  await share.getByRole('button', { name: 'Kopieer link' }).click();
  const field = share.getByRole('textbox', { name: /Kopiëren lukte niet/ });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(tagged(`${origin}/essays/partner-op-papier/`, 'copy'));
  await expect(field).toHaveAttribute('readonly', '');
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([
    0,
    tagged(`${origin}/essays/partner-op-papier/`, 'copy').length,
  ]);
});
