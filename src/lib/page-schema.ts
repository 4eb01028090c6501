/** Frontmatter schema of a content page (home introduction, about, privacy). */
import { z } from 'astro/zod';
import { locales } from '@/i18n/locales';
import { DESCRIPTION_MAX } from './essay-schema';

export const pageSchema = z.strictObject({
  title: z.string().trim().min(1, 'title is required'),
  description: z.string().trim().min(1, 'description is required').max(DESCRIPTION_MAX),
  locale: z.enum(locales),
});
