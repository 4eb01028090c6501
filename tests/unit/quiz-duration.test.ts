/**
 * Counts come from the content: the time the pages promise for the quiz is
 * measured on its own text, and no UI string or page states a count of
 * questions, dimensions, essays, stages or minutes by hand (i18n/counts.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { languageOf, languages, t } from '@/i18n';
import { countsFor, quizDuration } from '@/i18n/counts';
import { spelledNumber } from '@/i18n/numbers';
import { quizMinutes, quizWords } from '@/lib/quiz/duration';
import type { QuestionData } from '@/lib/quiz/schema';

const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const questions: QuestionData[] = parse(read('quiz/questions.yaml'));
const dimensions: unknown[] = parse(read('quiz/dimensions.yaml'));
const stages: unknown[] = parse(read('quiz/stages.yaml'));
const essays = readdirSync(new URL('../../content/essays/nl/', import.meta.url)).filter((f) => f.endsWith('.mdx'));

/** Every string that tells the reader how long the quiz takes. */
const claims = [
  'quiz.duration',
  'quiz.description',
  'quizInvite.body',
  'result.description',
  'stage.description',
  'card.quiz.facts',
] as const;

describe('the quiz duration', () => {
  for (const { code, wordsPerMinute } of languages) {
    const texts = questions.map((q) => ({
      prompt: q.prompt[code],
      options: q.options.map((o) => ({ label: o.label[code] })),
    }));
    const measured = quizMinutes(texts, wordsPerMinute);
    const words = languageOf(code).strings['quiz.numberWords'];

    it(`is stated in ${code} as the measured ${measured.toFixed(1)} minutes, rounded`, () => {
      expect(quizWords(texts)).toBeGreaterThan(0);
      expect(quizDuration(code)).toBe(Math.round(measured));
      for (const key of claims) {
        expect(languageOf(code).strings[key], `${code} ${key}`).toContain('{quizMinutes}');
        expect(t(code, key, { n: 'n', total: 'N' }).toLowerCase()).toContain(
          spelledNumber(words, Math.round(measured)),
        );
      }
    });
  }
});

describe('counts in UI strings and pages', () => {
  for (const { code, strings } of languages) {
    const words = strings['quiz.numberWords'];
    const word = (n: number) => spelledNumber(words, n);
    const nouns = code === 'nl' ? ['vragen', 'situaties', 'dimensies', 'essays', 'delen', 'fasen', 'minuten'] : [];
    // Spelled counts of the content in front of what they count, or a digit before minutes.
    const byHand = new RegExp(
      [
        `\\b(${[questions.length, dimensions.length, essays.length, stages.length].map(word).join('|')})\\s+(${
          code === 'nl'
            ? nouns.join('|')
            : 'questions|situations|dimensions|essays|parts|stages|minutes|familiar situations'
        })\\b`,
        `\\d+\\s+(minuten|minutes)\\b`,
        `\\b(twaalf|twelve)\\b`,
      ].join('|'),
      'iu',
    );

    it(`${code}: no UI string counts the content by hand`, () => {
      const stated = Object.entries(strings).filter(([key, value]) => key !== 'quiz.numberWords' && byHand.test(value));
      expect(stated.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
    });

    it(`${code}: no page counts the content by hand`, () => {
      const dir = new URL(`../../content/pages/${code}/`, import.meta.url);
      const stated = readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .flatMap((f) => (byHand.test(read(`pages/${code}/${f}`)) ? [f] : []));
      expect(stated).toEqual([]);
    });

    it(`${code}: fills the counts from the content`, () => {
      const counts = countsFor(code);
      expect(counts.questionCount).toBe(word(questions.length));
      expect(counts.DimensionCount).toBe(word(dimensions.length).replace(/^./, (c) => c.toUpperCase()));
      expect(counts.essayCount).toBe(word(essays.length));
      expect(counts.stageTotal).toBe(stages.length);
    });
  }
});
