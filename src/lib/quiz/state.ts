/**
 * Everything the quiz keeps for a reader, in one versioned value: their own
 * progress or result, the invitations they received and have not answered
 * yet, every comparison they have seen, and what the last "start over" or
 * restored link replaced (so it can be undone). These are kept apart: opening
 * a link adds to the invitations or comparisons, and only ever replaces the
 * reader's own result with the old one kept for undo.
 *
 * Stored as JSON under one key. Version 1 stored the progress alone; it
 * migrates, so nobody loses a result when this version ships.
 */
import { codeFromHash, decodeCode, encodeReply, pointsOf, sideFromPoints, type DecodedCode, type Side } from './codes';
import { emptyProgress, expectationsFrom, finishedProgress, isRecord, progressFrom, type Progress } from './progress';
import { ROLES } from './roles';
import { isComplete, type ScoringModel } from './scoring';

export const STATE_KEY = 'dlk-quiz';
export const STATE_VERSION = 2;
/** Enough for a facilitator's worth of comparisons; the oldest go first beyond it. */
const MAX_COMPARISONS = 30;

/** Two sides compared: the reader's and the other's, frozen when they met. */
export interface Comparison {
  /** The code it came from (an invite or a reply): the same link adds it once. */
  id: string;
  me: Side;
  them: Side;
  /** For the invited side: the link that shows the inviter this comparison. */
  reply: string | null;
}

export interface QuizState {
  progress: Progress;
  /** Invitations received before the reader had a result of their own, keyed by code. */
  invitations: { id: string; side: Side }[];
  comparisons: Comparison[];
  /** The progress that the last start-over or restored result replaced. */
  undo: Progress | null;
}

export const emptyState: QuizState = Object.freeze({
  progress: emptyProgress,
  invitations: [],
  comparisons: [],
  undo: null,
});

// ---------------------------------------------------------------- reading and writing

function sideFrom(value: unknown, dimensionCount: number): Side | null {
  if (!isRecord(value) || !(ROLES as readonly unknown[]).includes(value.role)) return null;
  const score = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
  const { overall, dimensions } = value;
  if (
    !score(overall) ||
    !Array.isArray(dimensions) ||
    dimensions.length !== dimensionCount ||
    !dimensions.every(score)
  ) {
    return null;
  }
  const expectations = expectationsFrom(value.expectations, dimensionCount);
  if (expectations === undefined) return null;
  return {
    role: value.role as Side['role'],
    overall: overall as number,
    dimensions: dimensions as number[],
    expectations,
  };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads the stored state. Anything malformed is dropped on its own (one bad
 * comparison does not cost the others); anything unreadable reads as empty.
 */
export function parseState(raw: string | null | undefined, model: ScoringModel): QuizState {
  if (!raw || raw.length > 100_000) return emptyState;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyState;
  }
  if (!isRecord(value)) return emptyState;
  if (value.v === 1) return { ...emptyState, progress: progressFrom(value, model) };
  if (value.v !== STATE_VERSION) return emptyState;
  const count = model.dimensions.length;
  const invitations = list(value.invitations).flatMap((item) => {
    const side = isRecord(item) && typeof item.id === 'string' ? sideFrom(item.side, count) : null;
    return side && isRecord(item) ? [{ id: item.id as string, side }] : [];
  });
  const comparisons = list(value.comparisons).flatMap((item) => {
    if (!isRecord(item) || typeof item.id !== 'string') return [];
    const me = sideFrom(item.me, count);
    const them = sideFrom(item.them, count);
    const reply = typeof item.reply === 'string' ? item.reply : null;
    return me && them ? [{ id: item.id, me, them, reply }] : [];
  });
  return {
    progress: progressFrom(value.progress, model),
    invitations,
    comparisons,
    undo: value.undo === null || value.undo === undefined ? null : progressFrom(value.undo, model),
  };
}

export function encodeState(state: QuizState): string {
  return JSON.stringify({ v: STATE_VERSION, ...state });
}

// ---------------------------------------------------------------- the reader's own result

/** The reader's own side, once they have a result. */
export function ownSide(state: QuizState, model: ScoringModel): Side | null {
  const { progress } = state;
  if (!progress.role || !progress.finished || !isComplete(model, progress.answers)) return null;
  return sideFromPoints(model, progress.role, pointsOf(model, progress.answers), progress.expectations);
}

const sameSide = (a: Side, b: Side) =>
  a.role === b.role && a.dimensions.join() === b.dimensions.join() && String(a.expectations) === String(b.expectations);

function addComparison(state: QuizState, comparison: Comparison): QuizState {
  if (state.comparisons.some((c) => c.id === comparison.id)) return state;
  return { ...state, comparisons: [comparison, ...state.comparisons].slice(0, MAX_COMPARISONS) };
}

/**
 * Turns waiting invitations into comparisons once the reader has a result:
 * each is frozen with the reader's side as it is now, and gets its reply link.
 */
export function settleInvitations(state: QuizState, model: ScoringModel): QuizState {
  const me = ownSide(state, model);
  if (!me || state.invitations.length === 0) return state;
  let next: QuizState = { ...state, invitations: [] };
  for (const { id, side } of state.invitations) {
    next = addComparison(next, { id, me, them: side, reply: encodeReply(model, side, me) });
  }
  return next;
}

/** Moves to the reader's progress, settling invitations when a result appears. */
export function withProgress(state: QuizState, progress: Progress, model: ScoringModel): QuizState {
  return settleInvitations({ ...state, progress }, model);
}

/** Start over: the result or progress is kept for undo, never simply thrown away. */
export function startOver(state: QuizState): QuizState {
  return { ...state, progress: emptyProgress, undo: state.progress };
}

/** Brings back what the last start-over or restored link replaced. */
export function undo(state: QuizState, model: ScoringModel): QuizState {
  if (!state.undo) return state;
  return withProgress({ ...state, undo: null }, state.undo, model);
}

// ---------------------------------------------------------------- opening a link

/** What opening a link did, for the page to say in words. */
export type LinkOutcome =
  | { kind: 'none' }
  | { kind: 'broken'; problem: Extract<DecodedCode, { ok: false }>['problem'] }
  | { kind: 'own-invite' }
  | { kind: 'invited'; side: Side }
  | { kind: 'compared'; id: string }
  | { kind: 'restored'; replaced: boolean };

/**
 * Opens the link in a URL fragment. It only ever adds: an invitation (or, if
 * the reader has a result, a comparison), a comparison from a reply, or the
 * result from a result link, with the reader's previous progress kept for
 * undo. A broken code leaves the state exactly as it was.
 */
export function openLink(
  state: QuizState,
  hash: string,
  keys: readonly string[],
  model: ScoringModel,
): { state: QuizState; outcome: LinkOutcome } {
  const text = codeFromHash(hash, keys);
  if (text === null) return { state, outcome: { kind: 'none' } };
  const decoded = decodeCode(text, model);
  if (!decoded.ok) return { state, outcome: { kind: 'broken', problem: decoded.problem } };
  const { code } = decoded;

  if (code.kind === 'reply') {
    const next = addComparison(state, { id: text, me: code.inviter, them: code.replier, reply: null });
    return { state: next, outcome: { kind: 'compared', id: text } };
  }

  if (code.kind === 'result') {
    const progress = finishedProgress(code.result.role, code.result.answers, code.result.expectations);
    const current = state.progress;
    const same = JSON.stringify(current.answers) === JSON.stringify(progress.answers) && current.role === progress.role;
    if (same && current.finished) return { state, outcome: { kind: 'restored', replaced: false } };
    const hadWork = Object.keys(current.answers).length > 0;
    const next = withProgress({ ...state, undo: hadWork ? current : state.undo }, progress, model);
    return { state: next, outcome: { kind: 'restored', replaced: hadWork } };
  }

  const me = ownSide(state, model);
  if (me && sameSide(me, code.side)) return { state, outcome: { kind: 'own-invite' } };
  if (state.comparisons.some((c) => c.id === text)) return { state, outcome: { kind: 'compared', id: text } };
  if (me) {
    const next = addComparison(state, { id: text, me, them: code.side, reply: encodeReply(model, code.side, me) });
    return { state: next, outcome: { kind: 'compared', id: text } };
  }
  const invitations = state.invitations.some((i) => i.id === text)
    ? state.invitations
    : [...state.invitations, { id: text, side: code.side }];
  return { state: { ...state, invitations }, outcome: { kind: 'invited', side: code.side } };
}
