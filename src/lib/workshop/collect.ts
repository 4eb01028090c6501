/**
 * Adding codes to a team: from whatever the facilitator pastes (one code, a
 * link, or a chat full of both), the codes are found, read and merged, and
 * every code that was not taken is reported with its reason. Pure: the
 * island shows the report and keeps the team.
 */
import type { ScoringModel } from '@/lib/quiz/scoring';
import { MAX_RESPONDENTS, type Respondent, type Team, type WorkshopProblem } from './codes';
import { decodeWorkshopCode } from './team-codes';

/** Why a code was not added. */
export type Refusal = WorkshopProblem | 'other-session' | 'full';

export interface CollectReport {
  added: number;
  /** Codes of people already in the team, with nothing new. */
  duplicates: number;
  /** People whose newer answers replaced their earlier ones. */
  updated: number;
  /** Each code not taken, shortened for display, with why. */
  refused: { code: string; reason: Refusal }[];
}

/**
 * The words of a pasted text that may be codes: every code starts with 'A'
 * (its version byte) and, being random, has a digit or a capital after its
 * first letter; words of a message do not. Links split into words at '#',
 * '=' and '&', so a code inside a link is found too.
 */
export function candidates(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9_-]+/)
    .filter((word) => word.length >= 12 && word.startsWith('A') && /[0-9]|.[A-Z]/.test(word.slice(1)));
}

/** A long code shortened for a list: its start and end. */
export const shorten = (code: string) => (code.length > 24 ? `${code.slice(0, 10)}…${code.slice(-6)}` : code);

/** One respondent into the team: new, the same again, or newer answers of someone already in. */
function merge(
  team: Team,
  respondent: Respondent,
): { team: Team; outcome: 'added' | 'duplicate' | 'updated' | 'full' } {
  const index = team.respondents.findIndex((r) => r.id === respondent.id);
  if (index < 0) {
    if (team.respondents.length >= MAX_RESPONDENTS) return { team, outcome: 'full' };
    return { team: { ...team, respondents: [...team.respondents, respondent] }, outcome: 'added' };
  }
  if (respondent.revision <= team.respondents[index]!.revision) return { team, outcome: 'duplicate' };
  const respondents = team.respondents.map((r, i) => (i === index ? respondent : r));
  return { team: { ...team, respondents }, outcome: 'updated' };
}

/** Every code in `text` merged into `team`, with what happened to each. */
export function collect(team: Team, text: string, model: ScoringModel): { team: Team; report: CollectReport } {
  const report: CollectReport = { added: 0, duplicates: 0, updated: 0, refused: [] };
  let current = team;
  for (const word of candidates(text)) {
    const decoded = decodeWorkshopCode(word, model);
    if (!decoded.ok) {
      report.refused.push({ code: shorten(word), reason: decoded.problem });
      continue;
    }
    const { code } = decoded;
    if (code.session !== team.session) {
      report.refused.push({ code: shorten(word), reason: 'other-session' });
      continue;
    }
    for (const respondent of code.kind === 'response' ? [code.respondent] : code.respondents) {
      const merged = merge(current, respondent);
      current = merged.team;
      if (merged.outcome === 'full') report.refused.push({ code: shorten(word), reason: 'full' });
      else if (merged.outcome === 'added') report.added += 1;
      else if (merged.outcome === 'updated') report.updated += 1;
      else report.duplicates += 1;
    }
  }
  return { team: current, report };
}
