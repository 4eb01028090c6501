/**
 * Rules across the quiz files: every question's dimension exists, every
 * dimension has questions, option ids and scores are distinct, the stages
 * cover 0 to 100 without gaps or overlaps, and each stage's essay exists.
 */
import { locales, type Locale } from '@/i18n/locales';
import type { ContentProblem } from '@/lib/content-error';
import { BUCKET_SIZE } from './buckets';
import { contentFingerprint, structureOf } from './editions';
import type { DimensionData, EditionData, QuestionData, StageData } from './schema';

export const QUIZ_FILES = {
  dimensions: 'content/quiz/dimensions.yaml',
  questions: 'content/quiz/questions.yaml',
  stages: 'content/quiz/stages.yaml',
  editions: 'content/quiz/editions.yaml',
} as const;

export function findQuizProblems(
  dimensions: DimensionData[],
  questions: QuestionData[],
  stages: StageData[],
  essayKeys: string[],
  /** The section headings of an essay in one language, when it exists. */
  headingsOf: (essayKey: string, locale: Locale) => string[] | undefined = () => undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dimensionIds = new Set(dimensions.map((d) => d.id));

  for (const dimension of dimensions) {
    const { essay, heading } = dimension.passage;
    if (!essayKeys.includes(essay)) {
      problems.push({
        file: QUIZ_FILES.dimensions,
        field: `${dimension.id}.passage.essay`,
        message: `no essay has translationKey "${essay}"`,
      });
      continue;
    }
    for (const locale of locales) {
      const headings = headingsOf(essay, locale);
      if (headings && !headings.includes(heading[locale])) {
        problems.push({
          file: QUIZ_FILES.dimensions,
          field: `${dimension.id}.passage.heading.${locale}`,
          message: `"${heading[locale]}" is not a heading of the essay "${essay}" (its headings: ${headings.join(' · ')})`,
        });
      }
    }
  }

  questions.forEach((question) => {
    const at = `${question.id}`;
    if (!dimensionIds.has(question.dimension)) {
      problems.push({
        file: QUIZ_FILES.questions,
        field: `${at}.dimension`,
        message: `"${question.dimension}" is not a dimension in ${QUIZ_FILES.dimensions}`,
      });
    }
    const optionIds = question.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) {
      problems.push({ file: QUIZ_FILES.questions, field: `${at}.options`, message: 'option ids must be distinct' });
    }
    const scores = question.options.map((o) => o.score).sort();
    if (scores.join() !== '0,1,2,3') {
      problems.push({
        file: QUIZ_FILES.questions,
        field: `${at}.options`,
        message: `scores must be 0, 1, 2 and 3, once each (found ${scores.join(', ')})`,
      });
    }
  });

  for (const dimension of dimensions) {
    if (!questions.some((q) => q.dimension === dimension.id)) {
      problems.push({
        file: QUIZ_FILES.dimensions,
        field: `${dimension.id}`,
        message: 'this dimension has no questions',
      });
    }
  }

  const sorted = [...stages].sort((a, b) => a.from - b.from);
  let expectedFrom = 0;
  for (const stage of sorted) {
    if (stage.to < stage.from) {
      problems.push({
        file: QUIZ_FILES.stages,
        field: `${stage.id}.to`,
        message: `${stage.to} is below from (${stage.from})`,
      });
    }
    if (stage.from > expectedFrom) {
      problems.push({
        file: QUIZ_FILES.stages,
        field: `${stage.id}.from`,
        message: `gap: no stage covers ${expectedFrom} to ${stage.from - 1}`,
      });
    } else if (stage.from < expectedFrom) {
      problems.push({
        file: QUIZ_FILES.stages,
        field: `${stage.id}.from`,
        message: `overlap: ${stage.from} to ${expectedFrom - 1} is already covered`,
      });
    }
    if (stage.from % BUCKET_SIZE !== 0) {
      problems.push({
        file: QUIZ_FILES.stages,
        field: `${stage.id}.from`,
        message: `must be a multiple of ${BUCKET_SIZE}, so a shared result page never straddles two stages`,
      });
    }
    expectedFrom = Math.max(expectedFrom, stage.to + 1);
    if (!essayKeys.includes(stage.essay)) {
      problems.push({
        file: QUIZ_FILES.stages,
        field: `${stage.id}.essay`,
        message: `no essay has translationKey "${stage.essay}"`,
      });
    }
  }
  if (expectedFrom !== 101) {
    problems.push({
      file: QUIZ_FILES.stages,
      field: sorted.at(-1)?.id ?? '(none)',
      message: `the stages must end at 100 (they end at ${expectedFrom - 1})`,
    });
  }
  return problems;
}

/**
 * Rules of the editions file: newest first, the newest one matching the
 * questions as they are now, and every earlier one with the structure its
 * links need. The message tells an editor what to do after changing a question.
 */
export function findEditionProblems(
  editions: EditionData[],
  dimensions: DimensionData[],
  questions: QuestionData[],
): ContentProblem[] {
  const file = QUIZ_FILES.editions;
  const problems: ContentProblem[] = [];
  const [newest, ...earlier] = editions;
  if (!newest) return [{ file, field: '(none)', message: 'list at least the current edition of the questions' }];
  const now = contentFingerprint(
    dimensions.map((d) => d.id),
    questions,
  );
  if (newest.fingerprint !== now) {
    problems.push({
      file,
      field: `edition ${newest.edition}.fingerprint`,
      message:
        `the questions in ${QUIZ_FILES.questions} have changed since edition ${newest.edition} (their fingerprint is now ${now}). ` +
        `Run npm run quiz:edition: it adds edition ${newest.edition + 1} at the top, and links made with edition ${newest.edition} keep their own figures. ` +
        `Only if you corrected a typo that changes no answer's meaning, set edition ${newest.edition}'s fingerprint to ${now} instead`,
    });
  } else if (JSON.stringify(newest.questions) !== JSON.stringify(structureOf(questions))) {
    problems.push({
      file,
      field: `edition ${newest.edition}.questions`,
      message: `must list the structure of the questions in ${QUIZ_FILES.questions} (npm run quiz:edition writes it)`,
    });
  }
  const dimensionIds = new Set(dimensions.map((d) => d.id));
  let previous = newest;
  for (const edition of earlier) {
    const field = `edition ${edition.edition}`;
    if (edition.edition >= previous.edition) {
      problems.push({
        file,
        field: `${field}.edition`,
        message: 'list editions newest first, each number lower than the one above',
      });
    }
    if (editions.filter((e) => e.fingerprint === edition.fingerprint).length > 1) {
      problems.push({ file, field: `${field}.fingerprint`, message: 'two editions share this fingerprint' });
    }
    for (const question of edition.questions) {
      if (!dimensionIds.has(question.dimension)) {
        problems.push({
          file,
          field: `${field}.${question.id}.dimension`,
          message: `"${question.dimension}" is not a dimension`,
        });
      }
    }
    previous = edition;
  }
  return problems;
}
