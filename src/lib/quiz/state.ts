/**
 * Everything the quiz keeps for a reader, in one versioned value: their own
 * progress or result, the invitations they received and have not answered
 * yet, every comparison they have seen, and what the last "start over" or
 * restored link replaced (so it can be undone). These are kept apart: opening
 * a link adds to the invitations or comparisons, and only ever replaces the
 * reader's own result with the old one kept for undo.
 *
 * Stored as JSON under one key, with the edition of the questions the
 * progress was made with (editions.ts). Version 1 stored the progress alone
 * and version 2 had no edition (it was the first); both migrate. When the
 * questions change, a finished result of the earlier edition becomes an
 * earlier result with its own figures; the store keeps the stored text aside
 * as it was (keptAside), so nothing a reader made is lost.
 */
import { codeFromHash, decodeCode, encodeReply, pointsOf, sideFromPoints, type DecodedCode, type Side } from './codes';
import { currentEdition, editionByNumber, fnv16 } from './editions';
import { emptyProgress, expectationsFrom, finishedProgress, isRecord, progressFrom, type Progress } from './progress';
import { ROLES } from './roles';
import { isComplete, type ScoringModel } from './scoring';

export const STATE_KEY = 'dlk-quiz';
export const STATE_VERSION = 3;
/** Versions before 3 were made with the first edition of the questions. */
const FIRST_EDITION = 1;
/** Earlier results kept; a reader has a handful at most. */
const MAX_EARLIER = 30;
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
  /** Set when a side was made with an earlier edition of the questions: its figures are its own. */
  edition?: number;
}

/** A result made with an earlier edition of the questions: its figures as they were, never its answers against new text. */
export interface EarlierResult {
  /** The link it came from, or "stored-…" for the reader's own stored result. */
  id: string;
  edition: number;
  side: Side;
}

export interface QuizState {
  progress: Progress;
  /** Invitations received before the reader had a result of their own, keyed by code. */
  invitations: { id: string; side: Side; edition?: number }[];
  comparisons: Comparison[];
  /** The progress that the last start-over or restored result replaced. */
  undo: Progress | null;
  /** Results made with earlier editions of the questions, newest first. */
  earlier: EarlierResult[];
}

export const emptyState: QuizState = Object.freeze({
  progress: emptyProgress,
  invitations: [],
  comparisons: [],
  undo: null,
  earlier: [],
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
const editionOf = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/** The edition a stored value was made with: written since version 3, the first before it. */
function storedEdition(value: Record<string, unknown>): number | undefined {
  return value.v === 1 || value.v === 2 ? FIRST_EDITION : editionOf(value.edition);
}

/**
 * True when the stored text is something this page cannot carry over whole:
 * unreadable, of another format version, or of an earlier or unknown edition
 * of the questions. The store keeps such text aside before writing.
 */
export function keptAside(raw: string | null | undefined, model: ScoringModel): boolean {
  if (!raw) return false;
  try {
    const value: unknown = JSON.parse(raw);
    return !isRecord(value) || value.v !== STATE_VERSION || value.edition !== currentEdition(model).edition;
  } catch {
    return true;
  }
}

/** Where the store keeps a stored text aside: one key per distinct text, so none replaces another. */
export const asideKey = (raw: string) => `${STATE_KEY}-kept-${fnv16(raw).toString(16)}-${raw.length}`;

/** A finished progress of an earlier edition, as that edition scored it. */
function earlierResult(progress: Progress, edition: number, model: ScoringModel): EarlierResult | null {
  const own = editionByNumber(model, edition);
  if (!own || !progress.role || !progress.finished || !isComplete(own.model, progress.answers)) return null;
  const side = sideFromPoints(own.model, progress.role, pointsOf(own.model, progress.answers), progress.expectations);
  const id = `stored-${edition}-${fnv16(JSON.stringify([progress.role, progress.answers])).toString(16)}`;
  return { id, edition, side };
}

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
  if (!isRecord(value) || typeof value.v !== 'number' || value.v > STATE_VERSION) return emptyState;
  const edition = storedEdition(value);
  const own = edition === undefined ? null : editionByNumber(model, edition);
  if (!own) return emptyState;
  const stored = value.v === 1 ? { progress: value } : value;
  const progress = progressFrom(stored.progress, own.model);
  const undone = stored.undo === null || stored.undo === undefined ? null : progressFrom(stored.undo, own.model);
  const count = model.dimensions.length;
  // Sides are figures per dimension: they stay true whatever edition made them.
  const invitations = list(stored.invitations).flatMap((item) => {
    const side = isRecord(item) && typeof item.id === 'string' ? sideFrom(item.side, count) : null;
    if (!side || !isRecord(item)) return [];
    const from = editionOf(item.edition) ?? (own.current ? undefined : own.edition);
    return [{ id: item.id as string, side, ...(from ? { edition: from } : {}) }];
  });
  const comparisons = list(stored.comparisons).flatMap((item): Comparison[] => {
    if (!isRecord(item) || typeof item.id !== 'string') return [];
    const me = sideFrom(item.me, count);
    const them = sideFrom(item.them, count);
    const reply = typeof item.reply === 'string' ? item.reply : null;
    const from = editionOf(item.edition) ?? (own.current ? undefined : own.edition);
    return me && them ? [{ id: item.id, me, them, reply, ...(from ? { edition: from } : {}) }] : [];
  });
  const earlier = list(stored.earlier).flatMap((item): EarlierResult[] => {
    if (!isRecord(item) || typeof item.id !== 'string') return [];
    const side = sideFrom(item.side, count);
    const from = editionOf(item.edition);
    return side && from ? [{ id: item.id, edition: from, side }] : [];
  });
  if (own.current) return { progress, invitations, comparisons, undo: undone, earlier };
  // Made with an earlier edition: finished results keep their figures; the rest is in the text kept aside.
  const migrated = [progress, undone].flatMap((p) => (p ? [earlierResult(p, own.edition, model)] : []));
  const more = migrated.filter((r): r is EarlierResult => r !== null && !earlier.some((e) => e.id === r.id));
  return { ...emptyState, invitations, comparisons, earlier: [...more, ...earlier].slice(0, MAX_EARLIER) };
}

export function encodeState(state: QuizState, model: ScoringModel): string {
  return JSON.stringify({ v: STATE_VERSION, edition: currentEdition(model).edition, ...state });
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
  for (const { id, side, edition } of state.invitations) {
    next = addComparison(next, {
      id,
      me,
      them: side,
      reply: encodeReply(model, side, me),
      ...(edition ? { edition } : {}),
    });
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
  | { kind: 'invited'; side: Side; edition?: number }
  | { kind: 'compared'; id: string; edition?: number }
  | { kind: 'restored'; replaced: boolean }
  | { kind: 'earlier'; edition: number };

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
  // Made with an earlier edition of the questions: its figures are its own, and the page says so.
  const earlier = decoded.edition.current ? {} : { edition: decoded.edition.edition };

  if (code.kind === 'reply') {
    const next = addComparison(state, { id: text, me: code.inviter, them: code.replier, reply: null, ...earlier });
    return { state: next, outcome: { kind: 'compared', id: text, ...earlier } };
  }

  if (code.kind === 'result' && !decoded.edition.current) {
    const own = editionByNumber(model, decoded.edition.edition)!;
    const { role, answers, expectations } = code.result;
    const side = sideFromPoints(own.model, role, pointsOf(own.model, answers), expectations);
    const known = state.earlier.some((e) => e.id === text);
    const next = known ? state : { ...state, earlier: [{ id: text, edition: own.edition, side }, ...state.earlier] };
    return { state: next, outcome: { kind: 'earlier', edition: own.edition } };
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
  if (state.comparisons.some((c) => c.id === text)) {
    return { state, outcome: { kind: 'compared', id: text, ...earlier } };
  }
  if (me) {
    const reply = encodeReply(model, code.side, me);
    const next = addComparison(state, { id: text, me, them: code.side, reply, ...earlier });
    return { state: next, outcome: { kind: 'compared', id: text, ...earlier } };
  }
  const invitations = state.invitations.some((i) => i.id === text)
    ? state.invitations
    : [...state.invitations, { id: text, side: code.side, ...earlier }];
  return { state: { ...state, invitations }, outcome: { kind: 'invited', side: code.side, ...earlier } };
}
