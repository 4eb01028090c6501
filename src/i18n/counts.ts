/**
 * The counts that UI strings and page prose state ("twaalf situaties", "vier
 * essays", "ongeveer zes minuten"), taken from the content, so that adding an
 * essay or a question changes no sentence by hand. t() fills them in:
 *
 *   {questionCount} {dimensionCount} {essayCount} {stageCount}   in words ("twaalf")
 *   {QuestionCount} … {StageCount}                               the same, capitalised to open a sentence
 *   {perDimension}                                               questions per dimension, in words ("twee")
 *   {stageTotal}                                                 the number of stages in digits ("Fase 2 van 4")
 *   {quizMinutes}                                                the quiz's measured duration, in words
 *
 * Numbers are spelled out with the dictionary's 'quiz.numberWords', as house style writes numbers under twenty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizMinutes } from '@/lib/quiz/duration';
import { languageOf, locales, type Locale } from './locales';
import { spelledNumber } from './numbers';

type Localized = Record<string, string>;
interface QuestionText {
  prompt: Localized;
  options: { label: Localized }[];
}

/** Read once, at build time or in a test, from the project's content (the working directory is the project). */
let content: { questions: QuestionText[]; dimensions: number; stages: number; essays: number } | undefined;
function readContent() {
  if (content) return content;
  try {
    content = readContentFiles();
  } catch {
    // A file that does not parse: the content loaders report it with its line
    // and field (content-source.ts); until then, count nothing rather than fail
    // early with a bare parser error (the Astro config reads strings too).
    return { questions: [], dimensions: 0, stages: 0, essays: 0 };
  }
  return content;
}

function readContentFiles() {
  const dir = join(process.cwd(), 'content');
  const yaml = (name: string) => parse(readFileSync(join(dir, 'quiz', name), 'utf8')) as unknown[];
  // Published essays of the default language: each is in every language, drafts excepted.
  const essayDir = join(dir, 'essays', locales[0]);
  const essays = readdirSync(essayDir).filter(
    (file) =>
      file.endsWith('.mdx') &&
      !/^draft:\s*true\s*$/m.test(readFileSync(join(essayDir, file), 'utf8').split('\n---')[0] ?? ''),
  ).length;
  return {
    questions: yaml('questions.yaml') as QuestionText[],
    dimensions: yaml('dimensions.yaml').length,
    stages: yaml('stages.yaml').length,
    essays,
  };
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The quiz's duration in whole minutes for a language, measured on its own text. */
export function quizDuration(locale: Locale): number {
  const texts = readContent().questions.map((q) => ({
    prompt: q.prompt[locale] ?? '',
    options: q.options.map((o) => ({ label: o.label[locale] ?? '' })),
  }));
  return Math.round(quizMinutes(texts, languageOf(locale).wordsPerMinute));
}

/** What page prose may count with <Count of="…" />, and the placeholder each one fills. */
export const COUNTABLE = {
  questions: 'questionCount',
  dimensions: 'dimensionCount',
  essays: 'essayCount',
  stages: 'stageCount',
  perDimension: 'perDimension',
  minutes: 'quizMinutes',
} as const;

/** The placeholders t() fills in, for one language. */
export function countsFor(locale: Locale): Record<string, string | number> {
  const words = languageOf(locale).strings['quiz.numberWords'];
  const spelled = (n: number) => spelledNumber(words, n);
  const { questions, dimensions: dimensionCount, stages: stageCount, essays: essayCount } = readContent();
  const counts: Record<string, string | number> = {
    questionCount: spelled(questions.length),
    dimensionCount: spelled(dimensionCount),
    essayCount: spelled(essayCount),
    stageCount: spelled(stageCount),
    perDimension: spelled(Math.round(questions.length / dimensionCount)),
    stageTotal: stageCount,
    quizMinutes: spelled(quizDuration(locale)),
  };
  for (const [name, value] of Object.entries(counts)) {
    if (typeof value === 'string') counts[capitalised(name)] = capitalised(value);
  }
  return counts;
}
