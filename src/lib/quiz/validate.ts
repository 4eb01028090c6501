/**
 * Rules across the quiz files: every question's dimension exists, every
 * dimension has questions, option ids and scores are distinct, the stages
 * cover 0 to 100 without gaps or overlaps, and each stage's essay exists.
 */
import type { ContentProblem } from '@/lib/content-error';
import { BUCKET_SIZE } from './buckets';
import type { DimensionData, QuestionData, StageData } from './schema';

export const QUIZ_FILES = {
  dimensions: 'content/quiz/dimensions.yaml',
  questions: 'content/quiz/questions.yaml',
  stages: 'content/quiz/stages.yaml',
} as const;

export function findQuizProblems(
  dimensions: DimensionData[],
  questions: QuestionData[],
  stages: StageData[],
  essayKeys: string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dimensionIds = new Set(dimensions.map((d) => d.id));

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
