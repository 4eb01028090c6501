/**
 * Every page type and the whole quiz under the Content-Security-Policy as a
 * visitor gets it: served by nginx with the header policy, plus each page's
 * own <meta> policy. Any securitypolicyviolation fails the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeInvite, sideFromPoints } from '@/lib/quiz/codes';
import { startNginx, type NginxServer } from './nginx-server';
import { answerWithKeyboard, quiz, startWithKeyboard } from './quiz-helpers';

let server: NginxServer;
// Tests of this file run in parallel: one nginx per worker, on its own port.
test.beforeAll(async ({}, testInfo) => {
  server = await startNginx(4410 + testInfo.parallelIndex);
});
test.afterAll(() => server?.stop());

/** Records violations from the first script on, and "Refused to…" console errors. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective}: ${event.blockedURI || event.sample}`,
      );
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
    ...console,
  ];
}

const pages = [
  '/',
  '/en/',
  '/essays/natuurlijk-bent-u-koning/',
  '/en/essays/the-listening-king/',
  '/over/',
  '/en/privacy/',
  '/quiz/uitslag/65/',
  '/en/quiz/result/20/',
  '/bestaat-niet/',
  '/en/no-such-page/',
];

for (const path of pages) {
  test(`${path} runs under the policy without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    // The inline scripts ran: the theme script marks <html data-js>.
    await expect(page.locator('html')).toHaveAttribute('data-js', '');
    await page.getByRole('button', { name: /Donkere weergave|Dark theme/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
    expect(await violations()).toEqual([]);
  });
}

test('the whole quiz, sharing and the mirror run under the policy', async ({ page, browser }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.url}/en/quiz/`);
  await startWithKeyboard(page, 'en', 'supplier');
  await answerWithKeyboard(page, 'en', Array(quiz.questions.length).fill(2));
  await expect(page.locator('.quiz__result')).toBeVisible();
  await page.getByRole('button', { name: 'Change your answers' }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(`Question 1 of ${quiz.questions.length}`);
  expect(await violations()).toEqual([]);

  const invitee = await browser.newPage();
  const inviteeViolations = await watchViolations(invitee);
  const code = encodeInvite(
    quiz,
    sideFromPoints(
      quiz,
      'supplier',
      quiz.dimensions.map(() => 3),
      null,
    ),
  );
  await invitee.goto(`${server.url}/en/quiz/#mirror=${code}`);
  await invitee.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithKeyboard(invitee, 'en', Array(quiz.questions.length).fill(1));
  await expect(invitee.getByRole('region', { name: 'Two sides of one relationship' })).toBeVisible();
  expect(await inviteeViolations()).toEqual([]);
  await invitee.close();
});

test('the policy does block an inline script it does not know', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.url}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
