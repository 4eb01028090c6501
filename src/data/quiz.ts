/** The quiz content, validated across files, in the shape the island needs. */
import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import { ContentError } from '@/lib/content-error';
import { findQuizProblems } from '@/lib/quiz/validate';
import { quizView, type QuizView } from '@/lib/quiz/view';
import { essayPath } from '@/lib/routes';
import { allEssays } from './essays';

async function load(locale: Locale): Promise<QuizView> {
  const [dimensions, questions, stages, essays] = await Promise.all([
    getCollection('quizDimensions'),
    getCollection('quizQuestions'),
    getCollection('quizStages'),
    allEssays(),
  ]);
  // Strip the loader's position once the lists are in file order.
  const inFileOrder = <T extends { position: number }>(entries: { data: T }[]) =>
    entries
      .map((e) => e.data)
      .sort((a, b) => a.position - b.position)
      .map(({ position: _, ...data }) => data);
  const data = {
    dimensions: inFileOrder(dimensions),
    questions: inFileOrder(questions),
    stages: inFileOrder(stages),
  };
  const problems = findQuizProblems(
    data.dimensions,
    data.questions,
    data.stages,
    essays.map((e) => e.data.translationKey),
  );
  if (problems.length > 0) throw new ContentError('The quiz content', problems);

  return quizView(locale, data.dimensions, data.questions, data.stages, (key) => {
    const essay = essays.find((e) => e.data.locale === locale && e.data.translationKey === key)!;
    return { title: essay.data.title, href: essayPath(locale, essay.slug) };
  });
}

const cache = new Map<Locale, Promise<QuizView>>();

/** The quiz in one language; built once per build, however many pages ask. */
export function quizFor(locale: Locale): Promise<QuizView> {
  if (!cache.has(locale)) cache.set(locale, load(locale));
  return cache.get(locale)!;
}
