/**
 * The scoring model: answers → per-dimension scores → overall score (0-100)
 * → stage. Pure and UI-free, so the island, the tests and the result pages
 * all compute the same numbers.
 */

import type { Edition } from './editions';

/** What scoring needs of the quiz: ids and scores, no texts. */
export interface ScoringModel {
  dimensions: { id: string }[];
  questions: { id: string; dimension: string; options: { id: string; score: number }[] }[];
  stages: { id: string; from: number; to: number }[];
  /** Every edition of the questions, newest (this one) first; absent in small test models. */
  editions?: readonly Edition[];
}

/** Question id → chosen option id. */
export type Answers = Readonly<Record<string, string>>;

export interface QuizScore {
  /** 0 to 100. */
  overall: number;
  /** Dimension id → 0 to 100. */
  dimensions: Record<string, number>;
  stageId: string;
}

export class AnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerError';
  }
}

const maxScore = (question: ScoringModel['questions'][number]) => Math.max(...question.options.map((o) => o.score));

/** Throws an AnswerError for an unknown question or option id. */
export function checkAnswers(model: ScoringModel, answers: Answers): void {
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = model.questions.find((q) => q.id === questionId);
    if (!question) throw new AnswerError(`unknown question "${questionId}"`);
    if (!question.options.some((o) => o.id === optionId)) {
      throw new AnswerError(`unknown option "${optionId}" for question "${questionId}"`);
    }
  }
}

/** True when every question has an answer. */
export function isComplete(model: ScoringModel, answers: Answers): boolean {
  return model.questions.every((q) => q.id in answers);
}

/** The stage whose band [from, to] holds the score. */
export function stageFor<S extends { from: number; to: number }>(stages: S[], score: number): S {
  const stage = stages.find((s) => score >= s.from && score <= s.to);
  if (!stage) throw new RangeError(`no stage covers score ${score}`);
  return stage;
}

function percentage(points: number, max: number): number {
  return max === 0 ? 0 : Math.round((points / max) * 100);
}

/**
 * Scores a complete set of answers. Each dimension and the whole quiz score
 * the points earned as a share of the points possible, so every question
 * weighs the same and a better answer never lowers any score.
 */
export function scoreAnswers(model: ScoringModel, answers: Answers): QuizScore {
  checkAnswers(model, answers);
  const missing = model.questions.filter((q) => !(q.id in answers)).map((q) => q.id);
  if (missing.length > 0) throw new AnswerError(`unanswered: ${missing.join(', ')}`);

  const points = (question: ScoringModel['questions'][number]) =>
    question.options.find((o) => o.id === answers[question.id])!.score;

  const dimensions: Record<string, number> = {};
  for (const dimension of model.dimensions) {
    const questions = model.questions.filter((q) => q.dimension === dimension.id);
    dimensions[dimension.id] = percentage(
      questions.reduce((sum, q) => sum + points(q), 0),
      questions.reduce((sum, q) => sum + maxScore(q), 0),
    );
  }
  const overall = percentage(
    model.questions.reduce((sum, q) => sum + points(q), 0),
    model.questions.reduce((sum, q) => sum + maxScore(q), 0),
  );
  return { overall, dimensions, stageId: stageFor(model.stages, overall).id };
}
