/**
 * Schemas of the quiz content in content/quiz/*.yaml. A missing translation,
 * an option without a score or a malformed stage fails the build with the
 * file, the entry and the field named.
 */
import { z } from 'astro/zod';
import { locales, type Locale } from '@/i18n/locales';

const text = z.string().trim().min(1);

/** One value per site language; a missing language is named as e.g. prompt.en. */
function perLocale<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(locales.map((locale) => [locale, value])) as Record<Locale, T>);
}

/** A text in every language. */
export const localized = perLocale(text);
const localizedList = (length: number) => perLocale(z.array(text).length(length));

/** What a weak score on a dimension looks like from one side of the table, and one step to take. */
const weakAdvice = z.strictObject({ looks: localized, step: localized });

export const dimensionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  name: localized,
  description: localized,
  starters: perLocale(z.array(text).min(1)),
  /** Advice for a reader whose weakest dimension this is, per role. */
  weakest: z.strictObject({ customer: weakAdvice, supplier: weakAdvice }),
  /** The essay section that speaks to this dimension: an essay's translationKey and one of its headings. */
  passage: z.strictObject({ essay: z.string().min(1), heading: localized }),
});

export const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/, 'option id must be one letter'),
  score: z.number({ error: 'every option needs a score (0 to 3)' }).int().min(0).max(3),
  label: localized,
});

export const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  dimension: z.string().min(1),
  prompt: localized,
  options: z.array(optionSchema).length(4, 'every question has exactly four options'),
});

export const stageSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  from: z.number().int().min(0).max(100),
  to: z.number().int().min(0).max(100),
  essay: z.string().min(1),
  name: localized,
  /** The stage as a thesis to post, and a question to the reader's network: the stage page and its card. */
  thesis: localized,
  question: localized,
  summary: localized,
  advice: z.strictObject({ customer: localizedList(3), supplier: localizedList(3) }),
});

/** One edition of the questions: see lib/quiz/editions.ts. */
export const editionSchema = z.strictObject({
  edition: z.number().int().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  fingerprint: z.number().int().min(0).max(0xffff),
  /** The structure its links need: per question its dimension and each option's score. */
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        dimension: z.string().min(1),
        options: z.record(z.string().regex(/^[a-z]$/), z.number().int().min(0).max(3)),
      }),
    )
    .min(1, 'list the questions’ structure (npm run quiz:edition writes it)'),
});

export type EditionData = z.infer<typeof editionSchema>;
export type DimensionData = z.infer<typeof dimensionSchema>;
export type QuestionData = z.infer<typeof questionSchema>;
export type StageData = z.infer<typeof stageSchema>;
