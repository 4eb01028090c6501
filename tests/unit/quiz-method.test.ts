/**
 * "How the quiz works" states the quiz's counts and its arithmetic; they
 * come from the content (<Count>), so adding a question or a dimension
 * changes no sentence, and the figures stated are the content's own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { languageOf, locales } from '@/i18n';
import { COUNTABLE, countsFor } from '@/i18n/counts';
import { spelledNumber } from '@/i18n/numbers';

const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const questions: { dimension: string }[] = parse(read('quiz/questions.yaml'));
const dimensions: { id: string }[] = parse(read('quiz/dimensions.yaml'));

describe('spelledNumber', () => {
  it('writes small numbers as words and larger ones as digits', () => {
    expect(spelledNumber('nul,één,twee', 2)).toBe('twee');
    expect(spelledNumber('nul,één,twee', 14)).toBe('14');
  });
});

describe('how the quiz works', () => {
  for (const locale of locales) {
    const text = read(`pages/${locale}/quiz-method.mdx`);

    it(`counts questions, dimensions and answers per dimension from the content (${locale})`, () => {
      for (const of of ['questions', 'dimensions', 'perDimension']) {
        expect(text, `${locale}: <Count of="${of}" />`).toMatch(new RegExp(`<Count of="${of}"( capital)? />`));
      }
    });

    it(`uses only what can be counted (${locale})`, () => {
      for (const [, of] of text.matchAll(/<Count of="([^"]*)"/g)) expect(Object.keys(COUNTABLE)).toContain(of);
    });

    it(`states the content's own arithmetic (${locale})`, () => {
      // Every dimension has the same number of questions, so "two for each of six" holds.
      const perDimension = new Set(dimensions.map((d) => questions.filter((q) => q.dimension === d.id).length));
      expect(perDimension.size).toBe(1);
      const words = languageOf(locale).strings['quiz.numberWords'];
      expect(countsFor(locale).perDimension).toBe(spelledNumber(words, [...perDimension][0]!));
      expect(countsFor(locale).questionCount).toBe(spelledNumber(words, questions.length));
    });
  }
});
