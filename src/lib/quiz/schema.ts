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

export const dimensionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  name: localized,
  description: localized,
  starters: perLocale(z.array(text).min(1)),
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

export type DimensionData = z.infer<typeof dimensionSchema>;
export type QuestionData = z.infer<typeof questionSchema>;
export type StageData = z.infer<typeof stageSchema>;
