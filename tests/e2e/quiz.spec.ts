import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '@/i18n';
import { stageFor } from '@/lib/quiz/scoring';
import { essayPath } from '@/lib/routes';
import {
  answerWithKeyboard,
  choicesFrom,
  expectedResult,
  quiz,
  quizPath,
  roleLabel,
  startWithKeyboard,
  type Locale,
  watchForIntroduction,
} from './quiz-helpers';

const STORAGE_KEY = 'dlk-quiz';
const total = quiz.questions.length;
const progressText = (locale: Locale, n: number) => t(locale, 'quiz.progress', { current: n, total });
const resultHeading = (locale: Locale, stage: string) => t(locale, 'quiz.result.heading', { stage });

/** Collects page errors so every test can assert there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

const runs = [
  { locale: 'nl', role: 'customer', choices: choicesFrom([0, 1, 2, 3]) },
  { locale: 'nl', role: 'supplier', choices: choicesFrom([3, 3, 3, 2, 3, 3, 3, 2, 3, 3, 1]) },
  { locale: 'en', role: 'customer', choices: choicesFrom([0]) },
  { locale: 'en', role: 'supplier', choices: choicesFrom([2, 1, 3, 0, 2]) },
] as const;

for (const { locale, role, choices } of runs) {
  test(`${locale}, ${role}: finish the quiz with the keyboard only`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(quizPath(locale));
    await startWithKeyboard(page, locale, role);
    await expect(page.locator('.quiz__progress')).toHaveText(progressText(locale, 1));
    await answerWithKeyboard(page, locale, [...choices]);

    // The result: the stage and score the scoring model predicts.
    const expected = expectedResult(locale, [...choices]);
    const heading = page.getByRole('heading', { level: 2, name: resultHeading(locale, expected.stage) });
    await expect(heading).toBeFocused();
    await expect(page.locator('.quiz__score strong')).toHaveText(String(expected.score));
    await expect(page.getByRole('img', { name: /0.*100/ })).toBeVisible();
    // The island's announcer is the first live region; share and invite have their own.
    await expect(page.getByRole('status').first()).toContainText(String(expected.score));

    // Advice for the role, the essay of the stage, the contact call to action.
    const advice = t(locale, `quiz.result.advice.${role}`);
    await expect(page.getByRole('heading', { name: advice })).toBeVisible();
    const stage = quiz.stages.find((s) => s.name[locale] === expected.stage)!;
    for (const step of stage.advice[role][locale]) await expect(page.getByText(step)).toBeVisible();
    // Each dimension shows its stage, not a number that two answers cannot carry.
    const firstDimension = quiz.dimensions[0]!;
    const band = stageFor(quiz.stages, expected.dimensions[firstDimension.id]!).name[locale];
    await expect(page.getByRole('listitem').filter({ hasText: firstDimension.name[locale] })).toContainText(band);
    const essayLink = page.locator('.quiz__read-next a');
    await expect(essayLink).toHaveAttribute('href', new RegExp(`^${essayPath(locale, '').replace(/\/+$/, '/')}`));
    expect(errors).toEqual([]);
  });
}

test('go back and change an answer', async ({ page }) => {
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'customer');
  await answerWithKeyboard(page, 'en', [0, 0, 0], 0, 3);
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('en', 4));

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('en', 2));
  // The earlier answer is still chosen; change it.
  await expect(page.getByRole('radio', { name: quiz.questions[1]!.options[0]!.label.en })).toBeChecked();
  await page.getByRole('radio', { name: quiz.questions[1]!.options[2]!.label.en }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('en', 3));

  const choices = choicesFrom([0, 2, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  await page.getByRole('button', { name: 'Next' }).click();
  await answerWithKeyboard(page, 'en', choices, 3);
  await expect(page.locator('.quiz__score strong')).toHaveText(String(expectedResult('en', choices).score));
});

test('a question needs an answer before going on', async ({ page }) => {
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'supplier');
  // Tab from the question's heading, once it has focus (on a busy machine that takes a moment).
  await expect(page.getByRole('heading', { level: 2, name: quiz.questions[0]!.prompt.nl })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Kies het antwoord dat het best past.');
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('nl', 1));
});

test('reload mid-quiz and continue where you were, without the introduction showing in between', async ({ page }) => {
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'customer');
  await answerWithKeyboard(page, 'nl', [1, 2, 3, 0], 0, 4);
  const introShown = await watchForIntroduction(page, '.quiz__progress');
  await page.reload();
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('nl', 5));
  await expect(page.getByText('Welkom terug: u gaat verder waar u was gebleven.')).toBeVisible();
  expect(await introShown()).toBe(false);
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByRole('radio', { name: quiz.questions[3]!.options[0]!.label.nl })).toBeChecked();
});

test('when the questions cannot be loaded, the reader is told, and trying again continues with the answers kept', async ({
  page,
}) => {
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'customer');
  await answerWithKeyboard(page, 'nl', [1, 2, 3], 0, 3);
  // The connection drops before the reload: the props file does not arrive.
  await page.route('**/island-data/**', (route) => route.abort('internetdisconnected'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: t('nl', 'island.loadFailed') });
  await expect(alert).toBeVisible();
  await page.unroute('**/island-data/**');
  await alert.getByRole('button', { name: t('nl', 'island.retry') }).click();
  await expect(alert).toBeHidden();
  await expect(page.locator('.quiz__progress')).toHaveText(progressText('nl', 4));
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByRole('radio', { name: quiz.questions[2]!.options[3]!.label.nl })).toBeChecked();
});

test('answering sends nothing: every request is a plain GET of one of the site’s own files', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    requests.push(
      `${request.method()} ${url.origin === new URL(baseURL!).origin ? '' : url.origin}${url.pathname}${url.search}${request.postData() ?? ''}`,
    );
  });
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'supplier');
  const choices = Array(total).fill(1);
  await answerWithKeyboard(page, 'en', choices);
  await expect(page.locator('.quiz__score strong')).toHaveText(String(expectedResult('en', choices).score));
  expect(requests.length).toBeGreaterThan(1);
  for (const request of requests) expect(request).toMatch(/^GET \/[\w./-]*$/);
});

test('start over clears everything', async ({ page }) => {
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'supplier');
  await answerWithKeyboard(page, 'en', Array(total).fill(1));
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('radio', { name: roleLabel('en', 'supplier') })).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Which side of the table are you on?' })).toBeVisible();
});

for (const [name, stored] of [
  ['corrupt JSON', '{"v":1,"role":"customer","answers":{'],
  ['an outdated version', JSON.stringify({ v: 0, role: 'customer', answers: {}, index: 3, finished: false })],
  [
    'foreign markup',
    JSON.stringify({
      v: 1,
      role: 'customer',
      answers: { [quiz.questions[0]!.id]: '<img src=x onerror="window.hacked=1">' },
      index: 0,
      finished: false,
    }),
  ],
] as const) {
  test(`a stored value with ${name} is discarded without an error`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, stored] as const);
    await page.goto(quizPath('nl'));
    await expect(page.getByRole('heading', { name: 'Van welke kant van de tafel kijkt u?' })).toBeVisible();
    await startWithKeyboard(page, 'nl', 'customer');
    await expect(page.locator('.quiz__progress')).toHaveText(progressText('nl', 1));
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}

test('with localStorage blocked the quiz works in memory', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(quizPath('en'));
  await expect(page.getByText('Your browser does not let the quiz store anything.', { exact: false })).toBeVisible();
  await startWithKeyboard(page, 'en', 'customer');
  const choices = Array(total).fill(2);
  await answerWithKeyboard(page, 'en', choices);
  await expect(page.locator('.quiz__score strong')).toHaveText(String(expectedResult('en', choices).score));
  expect(errors).toEqual([]);
});

test('with a full storage quota the quiz still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem(key: string) {
      if (key !== 'dlk-probe') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(quizPath('nl'));
  await startWithKeyboard(page, 'nl', 'supplier');
  const choices = Array(total).fill(3);
  await answerWithKeyboard(page, 'nl', choices);
  await expect(page.locator('.quiz__score strong')).toHaveText(String(expectedResult('nl', choices).score));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz page says it needs JavaScript and links to the essays', async ({ page }) => {
    await page.goto(quizPath('nl'));
    await expect(page.getByText('De quiz heeft JavaScript nodig', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de essays' })).toHaveAttribute('href', '/#reeks');
    await expect(page.getByRole('button', { name: 'Begin de quiz' })).toBeHidden();
  });
});

test('with JavaScript the no-JavaScript note is hidden', async ({ page }) => {
  await page.goto(quizPath('en'));
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.getByText('The quiz needs JavaScript', { exact: false })).toBeHidden();
});

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const scheme of ['light', 'dark'] as const) {
  test(`intro, question and result have no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    await page.goto(quizPath('en'));
    expect(await axe()).toEqual([]);
    await startWithKeyboard(page, 'en', 'supplier');
    expect(await axe()).toEqual([]);
    await answerWithKeyboard(page, 'en', Array(total).fill(1));
    await expect(page.locator('.quiz__result')).toBeVisible();
    expect(await axe()).toEqual([]);
  });
}
