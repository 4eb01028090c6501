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
import { parse } from 'yaml';
import { quizMinutes } from '@/lib/quiz/duration';
import dimensionsYaml from '../../content/quiz/dimensions.yaml?raw';
import questionsYaml from '../../content/quiz/questions.yaml?raw';
import stagesYaml from '../../content/quiz/stages.yaml?raw';
import { languageOf, locales, type Locale } from './locales';
import { spelledNumber } from './numbers';

type Localized = Record<string, string>;
interface QuestionText {
  prompt: Localized;
  options: { label: Localized }[];
}

const questions = parse(questionsYaml) as QuestionText[];
const dimensionCount = (parse(dimensionsYaml) as unknown[]).length;
const stageCount = (parse(stagesYaml) as unknown[]).length;

/** Published essays of the default language: each is in every language, drafts excepted. */
const essayFiles = import.meta.glob<string>('../../content/essays/*/*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const essayCount = Object.entries(essayFiles).filter(
  ([path, text]) =>
    path.includes(`/essays/${locales[0]}/`) && !/^draft:\s*true\s*$/m.test(text.split('\n---')[0] ?? ''),
).length;

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The quiz's duration in whole minutes for a language, measured on its own text. */
export function quizDuration(locale: Locale): number {
  const texts = questions.map((q) => ({
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
