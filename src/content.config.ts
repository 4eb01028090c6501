import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { essaySchema } from './lib/essay-schema';
import { pageSchema } from './lib/page-schema';
import { dimensionSchema, questionSchema, stageSchema } from './lib/quiz/schema';

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

/**
 * The quiz as data: content/quiz/*.yaml, one list per file. The store does
 * not keep file order, so the loader records each item's position.
 */
const orderedYaml = (path: string) =>
  file(path, {
    parser: (text) => {
      const items: unknown = parseYaml(text);
      if (!Array.isArray(items)) throw new Error(`${path} must hold a list of items`);
      return items.map((item: Record<string, unknown>, position) => ({ ...item, position }));
    },
  });
const position = { position: z.number().int() };

const quizDimensions = defineCollection({
  loader: orderedYaml('content/quiz/dimensions.yaml'),
  schema: dimensionSchema.extend(position),
});
const quizQuestions = defineCollection({
  loader: orderedYaml('content/quiz/questions.yaml'),
  schema: questionSchema.extend(position),
});
const quizStages = defineCollection({
  loader: orderedYaml('content/quiz/stages.yaml'),
  schema: stageSchema.extend(position),
});

export const collections = { essays, pages, quizDimensions, quizQuestions, quizStages };
