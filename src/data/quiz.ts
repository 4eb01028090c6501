/** The quiz content, validated across files, in the shape the island needs. */
import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import { ContentError } from '@/lib/content-error';
import type { Edition } from '@/lib/quiz/editions';
import type { EditionData } from '@/lib/quiz/schema';
import { findEditionProblems, findQuizProblems } from '@/lib/quiz/validate';
import { quizView, type QuizView } from '@/lib/quiz/view';
import { essayPath } from '@/lib/routes';
import { allEssays } from './essays';

async function load(locale: Locale): Promise<QuizView> {
  const [dimensions, questions, stages, editions, essays] = await Promise.all([
    getCollection('quizDimensions'),
    getCollection('quizQuestions'),
    getCollection('quizStages'),
    getCollection('quizEditions'),
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
    editions: inFileOrder(editions),
  };
  const problems = findQuizProblems(
    data.dimensions,
    data.questions,
    data.stages,
    essays.map((e) => e.data.translationKey),
    (key, inLocale) => {
      const essay = essays.find((e) => e.data.locale === inLocale && e.data.translationKey === key);
      return essay && sectionHeadings(essay.body ?? '');
    },
  );
  problems.push(...findEditionProblems(data.editions, data.dimensions, data.questions));
  if (problems.length > 0) throw new ContentError('The quiz content', problems);

  const view = quizView(locale, data.dimensions, data.questions, data.stages, (key) => {
    const essay = essays.find((e) => e.data.locale === locale && e.data.translationKey === key)!;
    return { title: essay.data.title, href: essayPath(locale, essay.slug) };
  });
  return { ...view, editions: data.editions.map(editionOf) };
}

/** An edition as codes read it: an earlier one's options in id order, as its codes counted them. */
function editionOf({ edition, date, fingerprint, questions }: EditionData): Edition {
  if (!questions) return { edition, date, fingerprint };
  return {
    edition,
    date,
    fingerprint,
    questions: questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      options: Object.entries(q.options)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, score]) => ({ id, score })),
    })),
  };
}

/** The text of an essay's section headings (## and ###), as the page renders them. */
function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((match) => match[1]!);
}

const cache = new Map<Locale, Promise<QuizView>>();

/** The quiz in one language; built once per build, however many pages ask. */
export function quizFor(locale: Locale): Promise<QuizView> {
  if (!cache.has(locale)) cache.set(locale, load(locale));
  return cache.get(locale)!;
}
