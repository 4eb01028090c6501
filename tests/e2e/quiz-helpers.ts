/** The quiz content and scoring, so the e2e tests can predict each result. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { t, type Locale } from '@/i18n';
import type { Role } from '@/lib/quiz/roles';
import { scoreAnswers } from '@/lib/quiz/scoring';
import { pagePath } from '@/lib/routes';
import { editionFromContent } from '@/lib/quiz/editions';
import type { DimensionData, EditionData, QuestionData, StageData } from '@/lib/quiz/schema';

const read = <T>(name: string): T[] =>
  parse(readFileSync(new URL(`../../content/quiz/${name}.yaml`, import.meta.url), 'utf8'));
export const quiz = {
  dimensions: read<DimensionData>('dimensions'),
  questions: read<QuestionData>('questions'),
  stages: read<StageData>('stages'),
  // The codes a test makes carry the current edition's fingerprint, as the site's do.
  editions: read<EditionData>('editions').map(editionFromContent),
};

export type { Locale };
export const quizPath = (locale: Locale) => pagePath(locale, 'quiz');
export const roleLabel = (locale: Locale, role: Role) => t(locale, `quiz.role.${role}`);

/** One answer per question, repeating a pattern of option indexes: counts follow the content. */
export const choicesFrom = (pattern: readonly number[]) => quiz.questions.map((_, i) => pattern[i % pattern.length]!);

/** The stage name and overall score the scoring model gives for option indexes. */
export function expectedResult(locale: Locale, choices: number[]) {
  const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, q.options[choices[i]!]!.id]));
  const score = scoreAnswers(quiz, answers);
  const stage = quiz.stages.find((s) => s.id === score.stageId)!;
  return { score: score.overall, stage: stage.name[locale], stageId: stage.id, dimensions: score.dimensions };
}

/** Presses Tab until a radio button has focus (keyboard only, no clicks). */
export async function tabToRadios(page: Page) {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) return;
  }
  throw new Error('no radio button reached with Tab');
}

/** Selects option `index` of the focused radio group with the keyboard. */
export async function chooseWithKeyboard(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
}

/**
 * Answers questions `from`..`to` (exclusive) with the keyboard: Tab, arrows,
 * Enter. After the last question it passes the expectations step: skipped,
 * unless `expectations` gives one estimate per dimension.
 */
export async function answerWithKeyboard(
  page: Page,
  locale: Locale,
  choices: number[],
  from = 0,
  to = choices.length,
  expectations: number[] | null = null,
) {
  for (let i = from; i < to; i += 1) {
    const prompt = quiz.questions[i]!.prompt[locale];
    await expect(page.getByRole('heading', { level: 2, name: prompt })).toBeFocused();
    await page.keyboard.press('Tab');
    await chooseWithKeyboard(page, choices[i]!);
    await expect(
      page.getByRole('radio', { name: quiz.questions[i]!.options[choices[i]!]!.label[locale] }),
    ).toBeChecked();
    await page.keyboard.press('Enter');
  }
  if (to === quiz.questions.length) await passExpectations(page, locale, expectations);
}

/** The expectations step: estimates per dimension with the sliders' keys, or skipped. */
export async function passExpectations(page: Page, locale: Locale, expectations: number[] | null) {
  const step = page.locator('.quiz__expectations');
  await expect(step.getByRole('heading', { level: 2 })).toBeFocused();
  if (expectations) {
    for (const [i, dimension] of quiz.dimensions.entries()) {
      const slider = step.getByRole('slider', { name: dimension.name[locale] });
      await slider.focus();
      await page.keyboard.press('Home');
      for (let n = 0; n < expectations[i]! / 10; n += 1) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue(String(expectations[i]));
    }
    await step.getByRole('button', { name: t(locale, 'quiz.expect.submit') }).focus();
  } else {
    await step.getByRole('button', { name: t(locale, 'quiz.expect.skip') }).focus();
  }
  await page.keyboard.press('Enter');
}

/** Starts the quiz in a role with the keyboard. */
export async function startWithKeyboard(page: Page, locale: Locale, role: Role) {
  await tabToRadios(page);
  await chooseWithKeyboard(page, role === 'customer' ? 0 : 1);
  await expect(page.getByRole('radio', { name: roleLabel(locale, role) })).toBeChecked();
  await page.keyboard.press('Enter');
}

/**
 * From the next load on, checks every frame until `until` is on the page:
 * was the introduction's role choice visible in between? The answer comes
 * from the function returned.
 */
export async function watchForIntroduction(page: Page, until: string) {
  await page.addInitScript((until) => {
    const watch = () => {
      const island = document.querySelector('.quiz-island');
      const roles = document.querySelector('.quiz__intro');
      if (island && roles && getComputedStyle(island).visibility === 'visible')
        (window as unknown as { introShown: boolean }).introShown = true;
      if (!document.querySelector(until)) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, until);
  return () => page.evaluate(() => (window as unknown as { introShown?: boolean }).introShown ?? false);
}
