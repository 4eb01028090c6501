/**
 * The facilitator's recent team views on this device, in the versioned list
 * format of stored.ts: a session can be reopened even without its link.
 */
import { isRecord } from '@/lib/quiz/progress';
import { encodeList, isId, isTime, parseList } from './stored';

export const RECENT_KEY = 'dlk-workshop-teams';

export interface SavedTeam {
  session: number;
  /** The team code of its link, as it was last seen. */
  code: string;
  count: number;
  updated: number;
}

/** The facilitator's recent team views on this device, most recent first. */
export function parseSavedTeams(raw: string | undefined): SavedTeam[] {
  return parseList(raw).flatMap((item) =>
    isRecord(item) &&
    isId(item.session) &&
    typeof item.code === 'string' &&
    /^[A-Za-z0-9_-]{1,2000}$/.test(item.code) &&
    isId(item.count) &&
    isTime(item.updated)
      ? [{ session: item.session, code: item.code, count: item.count, updated: item.updated }]
      : [],
  );
}

/** The list with this team first, replacing its session's earlier state. */
export function withSavedTeam(list: readonly SavedTeam[], team: SavedTeam): string {
  return encodeList([team, ...list.filter((t) => t.session !== team.session)]);
}
