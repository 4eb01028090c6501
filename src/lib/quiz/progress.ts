/**
 * The reader's own progress through the quiz as a plain value, with the
 * moves the UI makes on it: role, answers, the question on screen, then the
 * optional expectations of the other side, then the result. Reading a stored
 * value trusts nothing: anything malformed reads as no progress.
 */
import { EXPECTATION_STEP } from './codes';
import { ROLES, type Role } from './roles';
import type { Answers, ScoringModel } from './scoring';
import { isComplete } from './scoring';

export interface Progress {
  role: Role | null;
  answers: Answers;
  /** The question on screen, 0-based. */
  index: number;
  /** Past the last question with every question answered. */
  finished: boolean;
  /** What the reader expects the other side to answer, per dimension; null when skipped or not asked. */
  expectations: number[] | null;
  /** The expectations step is behind the reader (answered or skipped). */
  expectationsAsked: boolean;
}

export type Screen =
  { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'expectations' } | { kind: 'result' };

export const emptyProgress: Progress = Object.freeze({
  role: null,
  answers: {},
  index: 0,
  finished: false,
  expectations: null,
  expectationsAsked: false,
});

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Progress from a stored object: the current shape, or version 1's (which
 * had no expectations; a finished version 1 result goes straight to the
 * result). Returns emptyProgress for anything that is not valid for this quiz.
 */
export function progressFrom(value: unknown, model: ScoringModel): Progress {
  if (!isRecord(value)) return emptyProgress;
  const { role, answers, index, finished } = value;
  if (role !== null && !(ROLES as readonly unknown[]).includes(role)) return emptyProgress;
  if (!isRecord(answers)) return emptyProgress;
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = model.questions.find((q) => q.id === questionId);
    if (!question || !question.options.some((o) => o.id === optionId)) return emptyProgress;
  }
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= model.questions.length) {
    return emptyProgress;
  }
  if (typeof finished !== 'boolean') return emptyProgress;
  const expectations = expectationsFrom(value.expectations, model.dimensions.length);
  if (expectations === undefined) return emptyProgress;
  const asked = value.expectationsAsked === undefined ? finished : value.expectationsAsked;
  if (typeof asked !== 'boolean') return emptyProgress;
  const complete = isComplete(model, answers as Answers);
  return {
    role: role as Role | null,
    answers: answers as Answers,
    index,
    finished: finished && complete,
    expectations,
    expectationsAsked: asked && finished && complete,
  };
}

/** Stored expectations: null, or one whole ten from 0 to 100 per dimension; undefined when malformed. */
export function expectationsFrom(value: unknown, dimensionCount: number): number[] | null | undefined {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length !== dimensionCount) return undefined;
  const valid = value.every(
    (n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100 && n % EXPECTATION_STEP === 0,
  );
  return valid ? (value as number[]) : undefined;
}

/** What the reader should see for this progress. */
export function screenOf(progress: Progress, model: ScoringModel): Screen {
  if (progress.role === null) return { kind: 'intro' };
  if (!progress.finished || !isComplete(model, progress.answers)) return { kind: 'question', index: progress.index };
  return progress.expectationsAsked ? { kind: 'result' } : { kind: 'expectations' };
}

export function chooseRole(progress: Progress, role: Role): Progress {
  return { ...progress, role, index: 0, finished: false, expectationsAsked: false };
}

export function answer(progress: Progress, questionId: string, optionId: string): Progress {
  return { ...progress, answers: { ...progress.answers, [questionId]: optionId } };
}

/** On to the next question, or past the last one when every question is answered. */
export function goNext(progress: Progress, model: ScoringModel): Progress {
  const last = model.questions.length - 1;
  if (progress.index >= last) return { ...progress, finished: isComplete(model, progress.answers) };
  return { ...progress, index: progress.index + 1 };
}

/** Back one step: from the expectations to the last question, from the first question to the introduction. */
export function goBack(progress: Progress, model: ScoringModel): Progress {
  if (progress.finished) return { ...progress, finished: false, index: model.questions.length - 1 };
  if (progress.index === 0) return { ...progress, role: null };
  return { ...progress, index: progress.index - 1 };
}

/** The expectations of the other side, or null to skip them; on to the result. */
export function setExpectations(progress: Progress, expectations: number[] | null): Progress {
  return { ...progress, expectations, expectationsAsked: true };
}

/** From the result back to the first question, answers and expectations kept. */
export function reviewAnswers(progress: Progress): Progress {
  return { ...progress, index: 0, finished: false, expectationsAsked: false };
}

/** A finished result, as a result link restores it. */
export function finishedProgress(role: Role, answers: Answers, expectations: number[] | null): Progress {
  return { role, answers, index: 0, finished: true, expectations, expectationsAsked: true };
}
