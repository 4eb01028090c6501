/** One 1200x630 share image per result bucket per locale, rendered at build. */
import { quizFor } from '../../../data/quiz';
import { locales, t, type Locale } from '../../../i18n';
import { allBuckets } from '../../../lib/quiz/buckets';
import { stageFor } from '../../../lib/quiz/scoring';
import { resultImagePath } from '../../../lib/routes';
import { resultCardPng } from '../../../og/result-card';
import { pngResponse } from '../../../og/png';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = () =>
  locales.flatMap((locale) =>
    allBuckets.map((score) => ({
      // The file name comes from the same helper the pages use for og:image.
      params: { image: resultImagePath(locale, score).split('/').pop()!.replace(/\.png$/, '') },
      props: { locale, score },
    })),
  );

export async function GET({ props }: { props: { locale: Locale; score: number } }) {
  const quiz = await quizFor(props.locale);
  const stage = stageFor(quiz.stages, props.score);
  const png = await resultCardPng({
    seriesName: t(props.locale, 'site.name'),
    score: props.score,
    stageLabel: stage.name,
    stages: quiz.stages,
    host: new URL(siteConfig.origin).host,
  });
  return pngResponse(png);
}
