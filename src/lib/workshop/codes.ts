/**
 * The workshop's codes, in the same format as the quiz's (lib/quiz/codes):
 *
 *   response  one participant: session, respondent id, revision, their side
 *   team      a whole team view: session, then every respondent as above
 *
 * The session (three random bytes, made when a facilitator opens the page)
 * keeps one workshop's codes apart from another's. The respondent id (three
 * random bytes, made on the participant's device) lets the same person added
 * twice count once; the revision lets a participant who changed their
 * answers replace their earlier code, whichever arrives first.
 *
 * This module holds what a participant's page needs; the facilitator's
 * reading of codes and writing of team links is in team-codes.ts, so a
 * participant's phone does not load it.
 */
import { pointsFromSide, sideBytes, wrapCode, type CodeProblem, type Reader, type Side } from '@/lib/quiz/codes';
import type { ScoringModel } from '@/lib/quiz/scoring';

/** The most people one team view holds: 25 a side, the largest teams the series has in mind, and a URL of about 1,200 characters. */
export const MAX_RESPONDENTS = 50;
export const ID_BYTES = 3;
const ID_LIMIT = 2 ** (8 * ID_BYTES);

export interface Respondent {
  /** Random, made on the participant's device. */
  id: number;
  /** Counts up each time the participant changes their answers. */
  revision: number;
  side: Side;
}

export interface Team {
  session: number;
  respondents: Respondent[];
}

export type WorkshopCode = { kind: 'response'; session: number; respondent: Respondent } | ({ kind: 'team' } & Team);

export type WorkshopProblem = CodeProblem | 'not-workshop';
export type DecodedWorkshopCode = { ok: true; code: WorkshopCode } | { ok: false; problem: WorkshopProblem };

// ---------------------------------------------------------------- ids

export const idBytes = (id: number) => [(id >> 16) & 0xff, (id >> 8) & 0xff, id & 0xff];

export function readId(reader: Reader): number | null {
  let id = 0;
  for (let i = 0; i < ID_BYTES; i += 1) {
    const byte = reader.next(255);
    if (byte === null) return null;
    id = id * 256 + byte;
  }
  return id;
}

/** A fresh random id for a session or a respondent. */
export function randomId(): number {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  return bytes.reduce((id, byte) => id * 256 + byte, 0);
}

/** A session as the four characters of the participant link, e.g. 'k3Zq'. */
export function sessionText(session: number): string {
  return btoa(String.fromCharCode(...idBytes(session)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** A session back from its four characters; null when they are not one. */
export function sessionFromText(text: string | null): number | null {
  if (!text || !/^[A-Za-z0-9_-]{4}$/.test(text)) return null;
  const bytes = Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return bytes.reduce((id, byte) => id * 256 + byte, 0);
}

// ---------------------------------------------------------------- encoding

export function respondentBytes(model: ScoringModel, respondent: Respondent): number[] {
  if (!Number.isInteger(respondent.id) || respondent.id < 0 || respondent.id >= ID_LIMIT) {
    throw new RangeError('respondent id must fit in three bytes');
  }
  const revision = Math.min(255, Math.max(0, Math.floor(respondent.revision)));
  return [
    ...idBytes(respondent.id),
    revision,
    ...sideBytes(model, { ...respondent.side, points: pointsFromSide(model, respondent.side) }),
  ];
}

/** The code a participant sends to the facilitator. */
export function encodeResponse(model: ScoringModel, session: number, respondent: Respondent): string {
  return wrapCode(model, 'response', [...idBytes(session), ...respondentBytes(model, respondent)]);
}
