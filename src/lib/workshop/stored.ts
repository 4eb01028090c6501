/**
 * What the workshop keeps in the browser's storage, versioned and read
 * without trust (anything malformed is skipped, never shown):
 *
 *   a participant's answers per session, so a reload or a closed tab loses
 *   nothing and the same person keeps the same respondent id;
 *   a facilitator's recent team views, so a session can be reopened on
 *   this device even without its link (saved-teams.ts, kept apart so a
 *   participant's phone does not load it).
 */
import { emptyProgress, isRecord, progressFrom, type Progress } from '@/lib/quiz/progress';
import { currentEdition } from '@/lib/quiz/editions';
import type { ScoringModel } from '@/lib/quiz/scoring';

export const PARTICIPANT_KEY = 'dlk-workshop-answers';
const VERSION = 1;
/** Sessions kept per device; the oldest goes first. */
const KEEP = 10;

export const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 24;
export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function parseList(raw: string | undefined): unknown[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && value.version === VERSION && Array.isArray(value.items) ? value.items : [];
  } catch {
    return [];
  }
}

export const encodeList = (items: unknown[]) => JSON.stringify({ version: VERSION, items: items.slice(0, KEEP) });

// ---------------------------------------------------------------- participant

export interface Participation {
  session: number;
  respondent: number;
  revision: number;
  progress: Progress;
  updated: number;
}

/** The edition of the questions a stored item was answered with; items from before editions were named are the first. */
const editionOfItem = (item: unknown) => (isRecord(item) && typeof item.edition === 'number' ? item.edition : 1);

/** Every stored participation of the current edition of the questions, most recent first. */
export function parseParticipations(raw: string | undefined, model: ScoringModel): Participation[] {
  const edition = currentEdition(model).edition;
  return parseList(raw).flatMap((item) => {
    if (!isRecord(item) || !isId(item.session) || !isId(item.respondent) || !isTime(item.updated)) return [];
    // Answers to other questions are never read against these; they stay stored (otherEditions).
    if (editionOfItem(item) !== edition) return [];
    if (!isId(item.revision) || item.revision > 255) return [];
    const { session, respondent, revision, updated } = item;
    return [{ session, respondent, revision, updated, progress: progressFrom(item.progress, model) }];
  });
}

/** Stored items answered with another edition of the questions: kept as they are on every write. */
export function otherEditions(raw: string | undefined, model: ScoringModel): unknown[] {
  const edition = currentEdition(model).edition;
  return parseList(raw).filter((item) => editionOfItem(item) !== edition);
}

/**
 * The list with this participation first, replacing its session's earlier
 * one, marked with the edition it was answered with; items of other editions
 * (`kept`) stay after it.
 */
export function withParticipation(
  list: readonly Participation[],
  participation: Participation,
  { edition = 1, kept = [] }: { edition?: number; kept?: unknown[] } = {},
): string {
  const current = [participation, ...list.filter((p) => p.session !== participation.session)];
  return encodeList([...current.map((p) => ({ ...p, edition })), ...kept]);
}

/** This session's participation, or a fresh one under the given respondent id. */
export function participationFor(
  list: readonly Participation[],
  session: number,
  newRespondent: number,
  now: number,
): Participation {
  return (
    list.find((p) => p.session === session) ?? {
      session,
      respondent: newRespondent,
      revision: 0,
      progress: emptyProgress,
      updated: now,
    }
  );
}
