/**
 * The shareable page of each stage, in every language: the stage as a
 * thesis with a question to the reader's network, and its own card. This is
 * what a reader shares by default: a position, not a score.
 */
import { locales, t, type Locale } from '@/i18n';
import type { QuizView } from '@/lib/quiz/view';
import { restParam, stageImagePath, stagePath, stageSlug } from '@/lib/routes';
import { quizFor } from './quiz';

export interface StageShare {
  stage: QuizView['stages'][number];
  /** All stages, for drawing the scale. */
  stages: QuizView['stages'];
  /** 1-based position on the scale. */
  number: number;
  slug: string;
  title: string;
  description: string;
  /** WhatsApp, e-mail and the system share sheet: the thesis and the question. */
  message: string;
  image: { path: string; alt: string };
  paths: Record<Locale, string>;
}

/** The stage pages of one language, in scale order. */
export async function stageShares(locale: Locale): Promise<StageShare[]> {
  const quiz = await quizFor(locale);
  const others = await Promise.all(locales.map(async (l) => [l, await quizFor(l)] as const));
  return quiz.stages.map((stage, i) => {
    const slug = stageSlug(stage.name);
    const total = quiz.stages.length;
    const paths = Object.fromEntries(
      others.map(([l, q]) => [l, stagePath(l, stageSlug(q.stages.find((s) => s.id === stage.id)!.name))]),
    ) as Record<Locale, string>;
    return {
      stage,
      stages: quiz.stages,
      number: i + 1,
      slug,
      title: stage.thesis,
      description: `${stage.question} ${t(locale, 'stage.description')}`,
      message: `${stage.thesis}. ${stage.question}`,
      image: {
        path: stageImagePath(locale, slug),
        alt: t(locale, 'stage.imageAlt', { n: i + 1, total, thesis: stage.thesis }),
      },
      paths,
    };
  });
}

/** getStaticPaths of the stage route: one page per stage in every language. */
export async function stageStaticPaths() {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await stageShares(locale)).map((share) => ({
        params: { stage: restParam(share.paths[locale]) },
        props: { share },
      })),
    ),
  );
  return perLocale.flat();
}
