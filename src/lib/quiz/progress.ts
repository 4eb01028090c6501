/**
 * The reader's progress through the quiz as a plain value, with the moves
 * the UI makes on it. Stored as versioned JSON; anything stale, corrupt or
 * foreign is discarded on reading, never trusted.
 */
import { ROLES, type Role } from './roles';
import type { Answers, ScoringModel } from './scoring';
import { isComplete } from './scoring';

export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'dlk-quiz';

export interface Progress {
  v: typeof PROGRESS_VERSION;
  role: Role | null;
  answers: Answers;
  /** The question on screen, 0-based. */
  index: number;
  finished: boolean;
}

export type Screen = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'result' };

export const emptyProgress: Progress = Object.freeze({
  v: PROGRESS_VERSION,
  role: null,
  answers: {},
  index: 0,
  finished: false,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads stored progress. Returns emptyProgress for anything that is not a
 * valid progress of this version for this quiz: a reader never sees an error
 * for what an older version or another site left in storage.
 */
export function parseProgress(raw: string | null | undefined, model: ScoringModel): Progress {
  if (!raw || raw.length > 10_000) return emptyProgress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress;
  }
  if (!isRecord(value) || value.v !== PROGRESS_VERSION) return emptyProgress;
  const { role, answers, index, finished } = value;
  if (role !== null && !(ROLES as readonly unknown[]).includes(role)) return emptyProgress;
  if (!isRecord(answers)) return emptyProgress;
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = model.questions.find((q) => q.id === questionId);
    if (!question || !question.options.some((o) => o.id === optionId)) return emptyProgress;
  }
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= model.questions.length)
    return emptyProgress;
  if (typeof finished !== 'boolean') return emptyProgress;
  const progress: Progress = {
    v: PROGRESS_VERSION,
    role: role as Role | null,
    answers: answers as Answers,
    index,
    finished,
  };
  return finished && !isComplete(model, progress.answers) ? { ...progress, finished: false } : progress;
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** What the reader should see for this progress. */
export function screenOf(progress: Progress, model: ScoringModel): Screen {
  if (progress.role === null) return { kind: 'intro' };
  if (progress.finished && isComplete(model, progress.answers)) return { kind: 'result' };
  return { kind: 'question', index: progress.index };
}

export function chooseRole(progress: Progress, role: Role): Progress {
  return { ...progress, role, index: 0, finished: false };
}

export function answer(progress: Progress, questionId: string, optionId: string): Progress {
  return { ...progress, answers: { ...progress.answers, [questionId]: optionId } };
}

/** On to the next question, or to the result after the last one. */
export function goNext(progress: Progress, model: ScoringModel): Progress {
  const last = model.questions.length - 1;
  if (progress.index >= last) return { ...progress, finished: isComplete(model, progress.answers) };
  return { ...progress, index: progress.index + 1 };
}

/** Back one question; from the first question back to the introduction. */
export function goBack(progress: Progress): Progress {
  if (progress.index === 0) return { ...progress, role: null };
  return { ...progress, index: progress.index - 1, finished: false };
}

/** From the result back to the first question, answers kept. */
export function reviewAnswers(progress: Progress): Progress {
  return { ...progress, index: 0, finished: false };
}
