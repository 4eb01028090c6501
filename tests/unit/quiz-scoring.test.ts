import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnswerError,
  checkAnswers,
  isComplete,
  scoreAnswers,
  stageFor,
  type Answers,
  type ScoringModel,
} from '@/lib/quiz/scoring';

/** A model like the real one: 6 dimensions × 2 questions, options a-d scored in mixed order. */
const dimensionIds = ['listening', 'goals', 'tension', 'value', 'accountability', 'trust'];
const orders = [
  [1, 3, 0, 2],
  [2, 0, 3, 1],
  [3, 1, 0, 2],
  [0, 3, 1, 2],
];
const model: ScoringModel = {
  dimensions: dimensionIds.map((id) => ({ id })),
  questions: dimensionIds.flatMap((dimension, d) =>
    [0, 1].map((n) => ({
      id: `${dimension}-${n}`,
      dimension,
      options: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, score: orders[(d + n) % 4]![i]! })),
    })),
  ),
  stages: [
    { id: 'transactional', from: 0, to: 24 },
    { id: 'customer-intimate', from: 25, to: 49 },
    { id: 'money-flow', from: 50, to: 74 },
    { id: 'emancipated', from: 75, to: 100 },
  ],
  editions: [],
};

const optionWithScore = (questionIndex: number, score: number) =>
  model.questions[questionIndex]!.options.find((o) => o.score === score)!.id;
const answersFromScores = (scores: number[]): Answers =>
  Object.fromEntries(model.questions.map((q, i) => [q.id, optionWithScore(i, scores[i]!)]));

const allScores = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 });

describe('scoreAnswers', () => {
  it('gives 0 and the first stage for the lowest answers', () => {
    const result = scoreAnswers(model, answersFromScores(Array(12).fill(0)));
    expect(result.overall).toBe(0);
    expect(result.stageId).toBe('transactional');
    expect(Object.values(result.dimensions)).toEqual(Array(6).fill(0));
  });

  it('gives 100 and the last stage for the highest answers', () => {
    const result = scoreAnswers(model, answersFromScores(Array(12).fill(3)));
    expect(result.overall).toBe(100);
    expect(result.stageId).toBe('emancipated');
    expect(Object.values(result.dimensions)).toEqual(Array(6).fill(100));
  });

  it('scores a known mix as points over points possible', () => {
    // 18 of 36 points overall; listening 0+3 of 6 → 50.
    const scores = [0, 3, 1, 2, 2, 1, 3, 0, 1, 2, 2, 1];
    const result = scoreAnswers(model, answersFromScores(scores));
    expect(result.overall).toBe(50);
    expect(result.dimensions.listening).toBe(50);
    expect(result.dimensions.goals).toBe(50);
    expect(result.stageId).toBe('money-flow');
  });

  it('keeps every score within 0 to 100 and the stage consistent with it', () => {
    fc.assert(
      fc.property(allScores, (scores) => {
        const result = scoreAnswers(model, answersFromScores(scores));
        expect(result.overall).toBeGreaterThanOrEqual(0);
        expect(result.overall).toBeLessThanOrEqual(100);
        for (const value of Object.values(result.dimensions)) expect(value).toBeGreaterThanOrEqual(0);
        expect(result.stageId).toBe(stageFor(model.stages, result.overall).id);
      }),
    );
  });

  it('never lowers any score when one answer gets better', () => {
    fc.assert(
      fc.property(allScores, fc.integer({ min: 0, max: 11 }), (scores, index) => {
        fc.pre(scores[index]! < 3);
        const better = scores.map((s, i) => (i === index ? s + 1 : s));
        const before = scoreAnswers(model, answersFromScores(scores));
        const after = scoreAnswers(model, answersFromScores(better));
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        for (const id of dimensionIds) expect(after.dimensions[id]).toBeGreaterThanOrEqual(before.dimensions[id]!);
      }),
    );
  });

  it('rejects an unknown question id', () => {
    const answers = { ...answersFromScores(Array(12).fill(1)), 'made-up': 'a' };
    expect(() => scoreAnswers(model, answers)).toThrow(AnswerError);
    expect(() => checkAnswers(model, answers)).toThrow(/unknown question "made-up"/);
  });

  it('rejects an unknown option id', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.string().filter((s) => !['a', 'b', 'c', 'd'].includes(s)),
        (index, option) => {
          const answers = { ...answersFromScores(Array(12).fill(1)), [model.questions[index]!.id]: option };
          expect(() => scoreAnswers(model, answers)).toThrow(/unknown option/);
        },
      ),
    );
  });

  it('refuses to score an incomplete quiz', () => {
    const answers = answersFromScores(Array(12).fill(2));
    delete (answers as Record<string, string>)['trust-1'];
    expect(isComplete(model, answers)).toBe(false);
    expect(() => scoreAnswers(model, answers)).toThrow(/unanswered: trust-1/);
  });
});

describe('stageFor', () => {
  it.each([
    [0, 'transactional'],
    [24, 'transactional'],
    [25, 'customer-intimate'],
    [49, 'customer-intimate'],
    [50, 'money-flow'],
    [74, 'money-flow'],
    [75, 'emancipated'],
    [100, 'emancipated'],
  ])('puts %i in %s', (score, stage) => {
    expect(stageFor(model.stages, score).id).toBe(stage);
  });

  it('finds exactly one stage for every score from 0 to 100', () => {
    for (let score = 0; score <= 100; score += 1) {
      expect(model.stages.filter((s) => score >= s.from && score <= s.to)).toHaveLength(1);
    }
  });

  it('refuses a score outside the scale', () => {
    expect(() => stageFor(model.stages, 101)).toThrow(RangeError);
    expect(() => stageFor(model.stages, -1)).toThrow(RangeError);
  });
});

describe('result buckets', () => {
  it('round down to 5 points and cover 0 to 100', async () => {
    const { allBuckets, bucketOf } = await import('../../src/lib/quiz/buckets');
    expect(allBuckets).toHaveLength(21);
    expect([0, 4, 5, 24, 25, 67, 74, 75, 99, 100].map(bucketOf)).toEqual([0, 0, 5, 20, 25, 65, 70, 75, 95, 100]);
    // A bucket is always in the same stage as the score it comes from.
    for (let s = 0; s <= 100; s += 1) expect(stageFor(model.stages, bucketOf(s)).id).toBe(stageFor(model.stages, s).id);
  });
});
