/**
 * Frontmatter schema of an essay. Kept apart from content.config.ts so the
 * unit tests can exercise it without Astro's content runtime.
 */
import { z } from 'astro/zod';
import { locales } from '@/i18n/locales';

export const DESCRIPTION_MAX = 160;

/** Lowercase words joined by hyphens: file names (URL slugs) and translation keys. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const DATE_FORMAT = 'write it as YYYY-MM-DD (year, month, day), e.g. 2026-11-09';

/**
 * A calendar date as the author typed it, `YYYY-MM-DD`, and a real one: the
 * YAML loaders keep dates as text, so 2026-13-45 cannot roll over into
 * February 2027 and 03/04/2026 cannot be read the American way.
 */
export const isoDate = z.unknown().transform((value, ctx): Date => {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const found = value === undefined || value === null ? 'nothing' : JSON.stringify(value);
    ctx.addIssue({ code: 'custom', message: `is not a date: ${DATE_FORMAT} (found ${found})` });
    return z.NEVER;
  }
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({
      code: 'custom',
      message: `${text} is not a real date: the month runs from 01 to 12 and the day must exist in that month`,
    });
    return z.NEVER;
  }
  return date;
});

export const essaySchema = z.strictObject({
  title: z.string().trim().min(1, 'title is required'),
  description: z
    .string()
    .trim()
    .min(1, 'description is required')
    .max(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters (it is the meta description)`),
  part: z.number().int().min(1),
  locale: z.enum(locales),
  translationKey: z.string().regex(SLUG_PATTERN, 'translationKey must be lowercase words joined by hyphens'),
  pubDate: isoDate,
  updatedDate: isoDate.optional(),
  author: z.string().trim().min(1, 'author is required'),
  draft: z.boolean().default(false),
});

export type EssayData = z.infer<typeof essaySchema>;
