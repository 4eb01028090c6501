/** The time the pages promise for the quiz, held to the quiz's own content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { languages, t, type Locale } from '@/i18n';
import { quizMinutes, quizWords } from '@/lib/quiz/duration';
import type { QuestionData } from '@/lib/quiz/schema';

const questions: QuestionData[] = parse(
  readFileSync(new URL('../../content/quiz/questions.yaml', import.meta.url), 'utf8'),
);

/** Every string that tells the reader how long the quiz takes. */
const claims = [
  'quiz.duration',
  'quiz.description',
  'quizInvite.body',
  'result.description',
  'stage.description',
  'card.quiz.facts',
] as const;

/**
 * The minutes a string states: its last number, in figures or spelt out as
 * the language's quiz.numberWords spell it ('Fase 1 van 4 … ongeveer zes minuten.' → 6).
 */
const statedMinutes = (code: Locale, text: string) => {
  const words = t(code, 'quiz.numberWords').toLowerCase().split(',');
  const numbers = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((token) => (/^\d+$/.test(token) ? Number(token) : words.indexOf(token)))
    .filter((n) => n >= 0);
  expect(numbers.length, `no number of minutes in "${text}"`).toBeGreaterThan(0);
  return numbers.at(-1)!;
};

describe('the quiz duration', () => {
  for (const { code, wordsPerMinute } of languages) {
    const texts = questions.map((q) => ({
      prompt: q.prompt[code],
      options: q.options.map((o) => ({ label: o.label[code] })),
    }));
    const measured = quizMinutes(texts, wordsPerMinute);

    it(`is stated in ${code} within a minute of the measured ${measured.toFixed(1)} minutes`, () => {
      expect(quizWords(texts)).toBeGreaterThan(0);
      for (const key of claims) {
        const stated = statedMinutes(code, t(code, key, { n: 'n', total: 'N' }));
        expect(Math.abs(stated - measured), `${code} ${key}`).toBeLessThanOrEqual(1);
      }
    });
  }
});
