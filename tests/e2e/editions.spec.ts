/**
 * Results made with an earlier edition of the questions: a link or a stored
 * result opens with its own figures and says the questions have changed; it is
 * never refused, never read against today's wording, and survives a reload.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { t, type Locale } from '@/i18n';
import { encodeResult, pointsOf, sideFromPoints } from '@/lib/quiz/codes';
import { editionFromContent } from '@/lib/quiz/editions';
import { finishedProgress } from '@/lib/quiz/progress';
import type { Role } from '@/lib/quiz/roles';
import type { EditionData } from '@/lib/quiz/schema';
import type { ScoringModel } from '@/lib/quiz/scoring';
import { stageFor } from '@/lib/quiz/scoring';
import { quiz, quizPath } from './quiz-helpers';

const editions: EditionData[] = parse(
  readFileSync(new URL('../../content/quiz/editions.yaml', import.meta.url), 'utf8'),
);
const first = editions.find((e) => e.edition === 1)!;
// The quiz as the first edition was: its own questions and scores, its own fingerprint.
const firstEdition: ScoringModel = {
  dimensions: quiz.dimensions,
  questions: editionFromContent(first).questions,
  stages: quiz.stages,
  editions: [editionFromContent(first)],
};
// Every first-edition question answered with its top option.
const answers = Object.fromEntries(firstEdition.questions.map((q) => [q.id, q.options.find((o) => o.score === 3)!.id]));
const side = sideFromPoints(firstEdition, 'supplier', pointsOf(firstEdition, answers), null);
const stageName = stageFor(quiz.stages, side.overall).name;

/** The earlier results on the page, and the line the first-edition result should have there. */
function earlierResult(page: Page, locale: Locale, role: Role) {
  const region = page.getByRole('region', { name: t(locale, 'quiz.earlier.heading') });
  const line = t(locale, 'quiz.earlier.item', {
    role: t(locale, `quiz.earlier.role.${role}`),
    stage: stageName[locale],
    score: side.overall,
  });
  return { region, item: region.getByText(line) };
}

test('a result link of the first edition opens with its own figures, says so, and stays after a reload', async ({
  page,
}) => {
  expect(first.edition).toBeLessThan(editions[0]!.edition);
  const code = encodeResult(firstEdition, { role: 'supplier', answers, expectations: null });
  await page.goto(`${quizPath('nl')}#${t('nl', 'route.resultFragment')}=${code}`);
  await expect(page.getByText(t('nl', 'quiz.earlier.link'))).toBeVisible();
  const earlier = earlierResult(page, 'nl', 'supplier');
  await expect(earlier.item).toBeVisible();
  await expect(earlier.region).toContainText(t('nl', 'quiz.earlier.note', { edition: 1 }));
  // Not restored as the reader's own answers: the introduction still asks for a role.
  await expect(page.getByRole('button', { name: t('nl', 'quiz.start') })).toBeVisible();

  // A fresh load, without the link: the earlier result is kept.
  await page.goto('about:blank');
  await page.goto(quizPath('nl'));
  await expect(earlierResult(page, 'nl', 'supplier').item).toBeVisible();
});

test('a finished result stored by the previous version of the site becomes an earlier result, kept aside as it was', async ({
  page,
}) => {
  // What version 2 of the site stored: no edition (the first), the answers of the first edition's questions.
  const stored = JSON.stringify({
    v: 2,
    progress: finishedProgress('customer', answers, null),
    invitations: [],
    comparisons: [],
    undo: null,
  });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dlk-quiz', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  await page.goto(quizPath('en'));
  await expect(earlierResult(page, 'en', 'customer').item).toBeVisible();

  // Starting the new questions writes the new format, and the old text is kept under its own key.
  await page.getByRole('radio', { name: t('en', 'quiz.role.customer') }).check();
  await page.getByRole('button', { name: t('en', 'quiz.start') }).click();
  await expect(page.locator('.quiz__progress')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('dlk-quiz-kept-'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([stored]);
  await page.reload();
  await expect(page.locator('.quiz__progress')).toBeVisible();
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('dlk-quiz') ?? '{}'));
  expect(state).toMatchObject({
    v: 3,
    edition: editions[0]!.edition,
    earlier: [{ edition: 1, side: { role: 'customer' } }],
  });
});
