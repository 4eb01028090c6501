/** What a public result page says about one bucket, in one language. */
import { locales, t, type Locale } from '@/i18n';
import { allBuckets, bucketLabel } from '@/lib/quiz/buckets';
import { stageFor } from '@/lib/quiz/scoring';
import type { QuizView } from '@/lib/quiz/view';
import { restParam, resultImagePath, resultPath } from '@/lib/routes';
import { quizFor } from './quiz';

/** "Partnership op de geldstroom" reads as "partnership op de geldstroom" after a colon. */
const afterColon = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

export interface ResultSummary {
  /** The bucket's floor, e.g. 70. */
  score: number;
  /** The bucket as readers see it, e.g. '70–74': never the floor alone. */
  scoreLabel: string;
  stage: QuizView['stages'][number];
  /** All stages, for drawing the scale. */
  stages: QuizView['stages'];
  stageNumber: number;
  title: string;
  description: string;
  shareMessage: string;
  image: { path: string; alt: string };
  paths: Record<Locale, string>;
}

export function summarise(locale: Locale, quiz: QuizView, score: number): ResultSummary {
  const stage = stageFor(quiz.stages, score);
  const stageName = afterColon(stage.name);
  const label = bucketLabel(score);
  return {
    score,
    scoreLabel: label,
    stage,
    stages: quiz.stages,
    stageNumber: quiz.stages.indexOf(stage) + 1,
    title: t(locale, 'result.title', { score: label, stage: stageName }),
    description: t(locale, 'result.description', { n: quiz.stages.indexOf(stage) + 1 }),
    shareMessage: t(locale, 'result.shareMessage', { score: label, stage: stageName }),
    image: {
      path: resultImagePath(locale, score),
      alt: t(locale, 'result.imageAlt', { score: label, stage: stage.name }),
    },
    paths: Object.fromEntries(locales.map((l) => [l, resultPath(l, score)])) as Record<Locale, string>,
  };
}

/** getStaticPaths of the result route: one page per bucket in every language. */
export async function resultStaticPaths() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const quiz = await quizFor(locale);
      return allBuckets.map((bucket) => ({
        params: { result: restParam(resultPath(locale, bucket)) },
        props: { result: summarise(locale, quiz, bucket) },
      }));
    }),
  );
  return perLocale.flat();
}
