/**
 * Frontmatter schema of an essay. Kept apart from content.config.ts so the
 * unit tests can exercise it without Astro's content runtime.
 */
import { z } from 'astro/zod';
import { locales } from '@/i18n/locales';

export const DESCRIPTION_MAX = 160;

export const essaySchema = z.strictObject({
  title: z.string().trim().min(1, 'title is required'),
  description: z
    .string()
    .trim()
    .min(1, 'description is required')
    .max(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters (it is the meta description)`),
  part: z.number().int().min(1),
  locale: z.enum(locales),
  translationKey: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'translationKey must be lowercase words joined by hyphens'),
  pubDate: z.coerce.date(),
  updatedDate: z.coerce.date().optional(),
  author: z.string().trim().min(1, 'author is required'),
  draft: z.boolean().default(false),
});

export type EssayData = z.infer<typeof essaySchema>;
