/**
 * How long the quiz takes, measured on its content: the words of every
 * prompt and option at the language's reading speed, plus a moment per
 * question to weigh the options and choose. The pages state a figure in
 * the dictionaries; a unit test holds that figure to this measurement.
 */
import { countWords } from '@/lib/reading-time';

/** Weighing four options and tapping one, after reading them. */
export const SECONDS_PER_CHOICE = 5;

export interface QuestionText {
  prompt: string;
  options: { label: string }[];
}

/** The words a reader reads to answer every question once. */
export function quizWords(questions: readonly QuestionText[]): number {
  return questions.reduce(
    (sum, q) => sum + countWords(q.prompt) + q.options.reduce((n, o) => n + countWords(o.label), 0),
    0,
  );
}

/** Minutes to take the quiz (unrounded), at a reading speed in words per minute. */
export function quizMinutes(questions: readonly QuestionText[], wordsPerMinute: number): number {
  return quizWords(questions) / wordsPerMinute + (questions.length * SECONDS_PER_CHOICE) / 60;
}
