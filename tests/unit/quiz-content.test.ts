/** The quiz content as editors write it, and the rules that guard it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { structureFingerprint } from '@/lib/quiz/editions';
import {
  dimensionSchema,
  editionSchema,
  questionSchema,
  stageSchema,
  type DimensionData,
  type QuestionData,
  type StageData,
} from '@/lib/quiz/schema';
import { findEditionProblems, findQuizProblems } from '@/lib/quiz/validate';

const read = (name: string): unknown[] =>
  parse(readFileSync(new URL(`../../content/quiz/${name}.yaml`, import.meta.url), 'utf8'));
const dimensions = read('dimensions').map((d) => dimensionSchema.parse(d));
const questions = read('questions').map((q) => questionSchema.parse(q));
const stages = read('stages').map((s) => stageSchema.parse(s));
const editions = read('editions').map((e) => editionSchema.parse(e));
const essayKeys = ['customer-is-king', 'closer-to-the-customer', 'partner-on-paper', 'listening-king'];

describe('the quiz content', () => {
  it('has 10 to 14 questions over five or six dimensions, each with questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeLessThanOrEqual(14);
    expect([5, 6]).toContain(dimensions.length);
    expect(findQuizProblems(dimensions, questions, stages, essayKeys)).toEqual([]);
  });

  it('names its current edition, and every earlier one with the structure its links were made with', () => {
    expect(findEditionProblems(editions, dimensions, questions)).toEqual([]);
    for (const edition of editions.slice(1)) {
      // An earlier edition's fingerprint is the one its codes carry: edition 1's hashed the structure only.
      if (edition.edition !== 1) continue;
      const structure = {
        dimensions,
        questions: edition.questions.map((q) => ({
          ...q,
          options: Object.entries(q.options).map(([id, score]) => ({ id, score })),
        })),
      };
      expect(structureFingerprint(structure)).toBe(edition.fingerprint);
    }
  });

  it('has four stages, in the order of the essays', () => {
    expect(stages.map((s) => s.essay)).toEqual(essayKeys);
  });
});

describe('quiz schema', () => {
  const question = questions[0]!;

  it('names the missing translation', () => {
    const result = questionSchema.safeParse({ ...question, prompt: { nl: question.prompt.nl } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['prompt.en']);
  });

  it('names an option without a score', () => {
    const options = question.options.map((o, i) => (i === 2 ? { id: o.id, label: o.label } : o));
    const result = questionSchema.safeParse({ ...question, options });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['options.2.score']);
    expect(result.error!.issues[0]!.message).toMatch(/score/);
  });

  it('requires three steps of advice per role and language', () => {
    const stage = stages[0]!;
    const result = stageSchema.safeParse({
      ...stage,
      advice: { ...stage.advice, supplier: { ...stage.advice.supplier, en: ['Only one.'] } },
    });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['advice.supplier.en']);
  });
});

describe('quiz rules across files', () => {
  const problemsWith = (d: DimensionData[], q: QuestionData[], s: StageData[]) =>
    findQuizProblems(d, q, s, essayKeys).map((p) => `${p.file} → ${p.field}`);

  it('names a dimension without questions', () => {
    const extra = { ...dimensions[0]!, id: 'humour' };
    expect(problemsWith([...dimensions, extra], questions, stages)).toEqual(['content/quiz/dimensions.yaml → humour']);
  });

  it('names a question with an unknown dimension', () => {
    const odd = { ...questions[0]!, dimension: 'humour' };
    expect(problemsWith(dimensions, [odd, ...questions.slice(1)], stages)).toContain(
      `content/quiz/questions.yaml → ${odd.id}.dimension`,
    );
  });

  it('names options whose scores are not 0 to 3 once each', () => {
    const odd = { ...questions[0]!, options: questions[0]!.options.map((o) => ({ ...o, score: 1 })) };
    expect(problemsWith(dimensions, [odd, ...questions.slice(1)], stages)).toEqual([
      `content/quiz/questions.yaml → ${odd.id}.options`,
    ]);
  });

  it('finds a gap between stages', () => {
    const gap = stages.map((s, i) => (i === 1 ? { ...s, to: 45 } : s));
    expect(problemsWith(dimensions, questions, gap)).toEqual([`content/quiz/stages.yaml → ${stages[2]!.id}.from`]);
  });

  it('finds an overlap between stages', () => {
    const overlap = stages.map((s, i) => (i === 2 ? { ...s, from: 45 } : s));
    expect(problemsWith(dimensions, questions, overlap)).toEqual([`content/quiz/stages.yaml → ${stages[2]!.id}.from`]);
  });

  it('finds stages that stop short of 100 or start above 0', () => {
    expect(problemsWith(dimensions, questions, stages.slice(0, 3))).toHaveLength(1);
    expect(problemsWith(dimensions, questions, stages.slice(1))).toEqual([
      `content/quiz/stages.yaml → ${stages[1]!.id}.from`,
    ]);
  });

  it('requires stage bounds on the 5-point grid of the shared result pages', () => {
    const shifted = stages.map((s, i) => (i === 1 ? { ...s, to: 51 } : i === 2 ? { ...s, from: 52 } : s));
    expect(problemsWith(dimensions, questions, shifted)).toEqual([`content/quiz/stages.yaml → ${stages[2]!.id}.from`]);
  });

  it('names a stage pointing at an essay that does not exist', () => {
    const wrong = stages.map((s, i) => (i === 0 ? { ...s, essay: 'no-such-essay' } : s));
    expect(problemsWith(dimensions, questions, wrong)).toEqual([`content/quiz/stages.yaml → ${stages[0]!.id}.essay`]);
  });
});
