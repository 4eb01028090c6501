/**
 * "How the quiz works" states the quiz's counts in words; when an editor adds
 * a question or a dimension, this fails until the explanation says so too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales, t } from '@/i18n';
import { spelledNumber } from '@/i18n/numbers';

const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const questions: { dimension: string }[] = parse(read('quiz/questions.yaml'));
const dimensions: { id: string }[] = parse(read('quiz/dimensions.yaml'));
const perDimension = questions.length / dimensions.length;

describe('spelledNumber', () => {
  it('writes small numbers as words and larger ones as digits', () => {
    expect(spelledNumber('nul,één,twee', 2)).toBe('twee');
    expect(spelledNumber('nul,één,twee', 14)).toBe('14');
  });
});

describe('how the quiz works', () => {
  for (const locale of locales) {
    it(`names the number of questions, dimensions and answers per dimension (${locale})`, () => {
      const text = read(`pages/${locale}/quiz-method.mdx`).toLowerCase();
      const words = t(locale, 'quiz.numberWords');
      for (const count of [questions.length, dimensions.length, perDimension]) {
        expect(text, `${locale}: ${count}`).toMatch(new RegExp(`\\b${spelledNumber(words, count)}\\b`, 'u'));
      }
    });
  }
});
