/**
 * The quiz on a phone, as a reader inside the LinkedIn app meets it: on
 * every question the progress and the Next button are on screen without
 * scrolling, a resumed quiz starts at its question, and a shared result
 * offers the quiz on its first screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { t } from '@/i18n';
import { essayPath, pagePath, resultPath } from '@/lib/routes';
import {
  answerWithKeyboard,
  choicesFrom,
  passExpectations,
  quiz,
  quizPath,
  roleLabel,
  startWithKeyboard,
} from './quiz-helpers';
import { expectAskedForRole, holdIslandCode, startBeforeReady } from './hold-island';

const total = quiz.questions.length;

/** Whether an element lies wholly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

for (const [width, height] of [
  [360, 640],
  [390, 844],
] as const) {
  test.describe(`at ${width}x${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true });

    test('every question shows its progress and the Next button without scrolling', async ({ page }) => {
      await page.goto(quizPath('nl'));
      await page.getByRole('radio', { name: roleLabel('nl', 'customer') }).check();
      await page.getByRole('button', { name: t('nl', 'quiz.start') }).click();
      for (let i = 0; i < total; i += 1) {
        const question = quiz.questions[i]!;
        // The question has settled once its heading has focus.
        await expect(page.getByRole('heading', { level: 2, name: question.prompt.nl })).toBeFocused();
        await expect(page.locator('.quiz__progress')).toHaveText(t('nl', 'quiz.progress', { current: i + 1, total }));
        expect(await inViewport(page, '.quiz__progress'), `progress of question ${i + 1}`).toBe(true);
        expect(await inViewport(page, '.quiz__question button[type="submit"]'), `Next on question ${i + 1}`).toBe(true);
        await page.getByRole('radio', { name: question.options[i % 4]!.label.nl }).check();
        await page.locator('.quiz__question button[type="submit"]').click();
      }
      await passExpectations(page, 'nl', null);
      await expect(page.getByRole('heading', { name: /^Uw samenwerking: / })).toBeVisible();
    });

    test('a resumed quiz starts at its question, with the welcome note', async ({ page }) => {
      await page.goto(quizPath('nl'));
      await startWithKeyboard(page, 'nl', 'supplier');
      await answerWithKeyboard(page, 'nl', choicesFrom([1]), 0, 5);
      await page.mouse.wheel(0, 400);
      await page.reload();
      await expect(page.locator('.quiz__progress')).toHaveText(t('nl', 'quiz.progress', { current: 6, total }));
      expect(await inViewport(page, '.quiz__progress')).toBe(true);
      expect(await inViewport(page, '.quiz__question button[type="submit"]')).toBe(true);
      await expect(page.getByText(t('nl', 'quiz.resumed'))).toBeInViewport();
    });

    test('a shared result page offers the quiz on its first screen', async ({ page }) => {
      for (const locale of ['nl', 'en'] as const) {
        await page.goto(resultPath(locale, 70));
        const cta = page.getByRole('link', { name: t(locale, 'quizInvite.cta') }).first();
        await expect(cta).toHaveAttribute('href', quizPath(locale));
        await expect(cta).toBeInViewport({ ratio: 1 });
      }
    });
  });
}

for (const width of [320, 360]) {
  test(`at ${width} px wide, no page type scrolls sideways, and the header's controls stay on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 640 });
    for (const locale of ['nl', 'en'] as const) {
      for (const path of [
        pagePath(locale, 'home'),
        essayPath(locale, locale === 'nl' ? 'partner-op-papier' : 'partner-on-paper'),
        quizPath(locale),
        resultPath(locale, 65),
        pagePath(locale, 'workshop'),
        pagePath(locale, 'about'),
      ]) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(width);
        for (const control of [
          page.getByRole('button', { name: t(locale, 'theme.toggle') }),
          page.getByRole('navigation', { name: t(locale, 'language.switchLabel') }).getByRole('link'),
        ])
          await expect(control, path).toBeInViewport({ ratio: 1 });
      }
    }
  });
}

test('back from question 1, focus lands on the chosen role', async ({ page }) => {
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'supplier');
  await page.getByRole('button', { name: t('en', 'quiz.back') }).click();
  await expect(page.getByRole('radio', { name: roleLabel('en', 'supplier') })).toBeFocused();
});

test('a role chosen before the island is ready is kept', async ({ page }) => {
  const code = await holdIslandCode(page, 'quiz');
  await page.goto(quizPath('nl'));
  await expect.poll(code.held).toBe(1);
  await page.getByRole('radio', { name: roleLabel('nl', 'supplier') }).check();
  code.release();
  await expect(page.locator('html[data-quiz-screen="intro"]')).toBeAttached();
  await expect(page.getByRole('radio', { name: roleLabel('nl', 'supplier') })).toBeChecked();
  await page.getByRole('button', { name: t('nl', 'quiz.start') }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(t('nl', 'quiz.progress', { current: 1, total }));
});

test('Start tapped before the island is ready starts the quiz in that role', async ({ page }) => {
  await startBeforeReady(page, 'quiz', quizPath('en'), 'en', 'supplier');
  await expect(page.locator('.quiz__progress')).toHaveText(t('en', 'quiz.progress', { current: 1, total }));
  await expect(page).toHaveURL(new RegExp(`${quizPath('en')}$`));
  await page.getByRole('button', { name: t('en', 'quiz.back') }).click();
  await expect(page.getByRole('radio', { name: roleLabel('en', 'supplier') })).toBeChecked();
});

test('Start tapped without a role before the island is ready asks for one, in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await startBeforeReady(page, 'quiz', quizPath('nl'), 'nl', null);
  await expectAskedForRole(page, 'nl');
  await expect(page).toHaveURL(new RegExp(`${quizPath('nl')}$`));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz__progress')).toHaveText(t('nl', 'quiz.progress', { current: 1, total }));
});
