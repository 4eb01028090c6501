import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { essaySchema } from './lib/essay-schema';
import { pageSchema } from './lib/page-schema';

/** Essays live outside src/ so editors never touch code: content/essays/<locale>/<slug>.mdx */
const essays = defineCollection({
  loader: glob({ base: './content/essays', pattern: '**/*.{md,mdx}' }),
  schema: essaySchema,
});

/** Prose of the fixed pages: content/pages/<locale>/{home,about,privacy}.mdx */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
  schema: pageSchema,
});

export const collections = { essays, pages };
