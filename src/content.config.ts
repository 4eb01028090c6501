import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { checkedGlob, yamlList } from './data/loaders';
import { essaySchema } from './lib/essay-schema';
import { essayComponents, pageComponents } from './lib/mdx-components';
import { pageSchema } from './lib/page-schema';
import { dimensionSchema, editionSchema, questionSchema, stageSchema } from './lib/quiz/schema';
import { QUIZ_FILES } from './lib/quiz/validate';

/** Essays live outside src/ so editors never touch code: content/essays/<locale>/<slug>.mdx */
const essays = defineCollection({
  loader: checkedGlob('content/essays', essaySchema, essayComponents),
  schema: essaySchema,
});

/** Prose of the fixed pages: content/pages/<locale>/{home,about,privacy,…}.mdx; only <Count>. */
const pages = defineCollection({
  loader: checkedGlob('content/pages', pageSchema, pageComponents),
  schema: pageSchema,
});

/** The quiz as data: content/quiz/*.yaml, one list per file, kept in file order. */
const position = { position: z.number().int() };

const quizDimensions = defineCollection({
  loader: yamlList(QUIZ_FILES.dimensions, dimensionSchema),
  schema: dimensionSchema.extend(position),
});
const quizQuestions = defineCollection({
  loader: yamlList(QUIZ_FILES.questions, questionSchema),
  schema: questionSchema.extend(position),
});
const quizStages = defineCollection({
  loader: yamlList(QUIZ_FILES.stages, stageSchema),
  schema: stageSchema.extend(position),
});

const quizEditions = defineCollection({
  loader: yamlList(QUIZ_FILES.editions, editionSchema),
  schema: editionSchema.extend(position),
});

export const collections = { essays, pages, quizDimensions, quizQuestions, quizStages, quizEditions };
