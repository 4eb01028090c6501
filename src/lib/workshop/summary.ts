/**
 * What a team view shows, computed from its respondents: per dimension and
 * per side every score, the median, the lowest and the spread, the gap
 * between the two sides' medians; per side its stage and how well it
 * predicted the other; and the findings worth saying in words. Pure, so the
 * view, the print and the tests read the same numbers.
 */
import { GAP_THRESHOLD, listeningScore } from '@/lib/quiz/listening';
import { otherRole } from '@/lib/quiz/codes';
import { ROLES, type Role } from '@/lib/quiz/roles';
import { stageFor, type ScoringModel } from '@/lib/quiz/scoring';
import type { Respondent } from './codes';

/** Fewer people than this on a side, and its figures are thin. */
export const THIN_BELOW = 3;
/** A side whose answers lie this far from their own median, on average, disagrees with itself. */
export const SPLIT_THRESHOLD = GAP_THRESHOLD;

/** The middle value (the mean of the middle two for an even count), rounded; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return Math.round(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** How far the values lie from their median, on average: 0 when all agree. */
export function spread(values: readonly number[]): number {
  const centre = median(values);
  if (centre === null) return 0;
  return Math.round(values.reduce((sum, v) => sum + Math.abs(v - centre), 0) / values.length);
}

export interface SideFigures {
  /** Every respondent's score, lowest first. */
  scores: number[];
  median: number;
  lowest: number;
  highest: number;
  spread: number;
  /** The median of what this side expected the other side to answer; null when nobody said. */
  expected: number | null;
}

export interface DimensionRow {
  /** Index in the quiz's dimension order. */
  index: number;
  sides: Record<Role, SideFigures | null>;
  /** Between the two sides' medians; null unless both sides answered. */
  gap: number | null;
}

export interface SideSummary {
  count: number;
  thin: boolean;
  /** Median overall score and its stage id; null with nobody on this side. */
  overall: number | null;
  stageId: string | null;
  /** How many on this side gave expectations of the other side. */
  predicted: number;
  /** Median listening score (100 = spot on) of those, against the other side's medians; null without both. */
  listening: number | null;
}

export type Finding =
  | { kind: 'gap'; index: number; customer: number; supplier: number }
  | { kind: 'split'; role: Role; index: number; lowest: number; highest: number }
  | { kind: 'blind-spot'; role: Role; index: number; expected: number; actual: number }
  | { kind: 'agree' };

export interface TeamSummary {
  sides: Record<Role, SideSummary>;
  /** Largest gap first; dimensions without a gap in the quiz's order after them. */
  rows: DimensionRow[];
  findings: Finding[];
}

function figures(respondents: readonly Respondent[], index: number): SideFigures | null {
  const scores = respondents.map((r) => r.side.dimensions[index]!).sort((a, b) => a - b);
  if (scores.length === 0) return null;
  const expectations = respondents.flatMap((r) => (r.side.expectations ? [r.side.expectations[index]!] : []));
  return {
    scores,
    median: median(scores)!,
    lowest: scores[0]!,
    highest: scores.at(-1)!,
    spread: spread(scores),
    expected: median(expectations),
  };
}

const byRole = (respondents: readonly Respondent[], role: Role) => respondents.filter((r) => r.side.role === role);

export function summarise(model: ScoringModel, respondents: readonly Respondent[]): TeamSummary {
  const groups = { customer: byRole(respondents, 'customer'), supplier: byRole(respondents, 'supplier') };
  const rows: DimensionRow[] = model.dimensions
    .map((_, index) => {
      const sides = { customer: figures(groups.customer, index), supplier: figures(groups.supplier, index) };
      const gap = sides.customer && sides.supplier ? Math.abs(sides.customer.median - sides.supplier.median) : null;
      return { index, sides, gap };
    })
    .sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.index - b.index);

  const mediansOf = (role: Role) =>
    model.dimensions.map((_, index) => rows.find((row) => row.index === index)!.sides[role]?.median ?? 0);
  const sides = Object.fromEntries(
    ROLES.map((role) => {
      const group = groups[role];
      const overall = median(group.map((r) => r.side.overall));
      const other = groups[otherRole(role)];
      const scores = other.length
        ? group.flatMap((r) => {
            const score = listeningScore(r.side.expectations, mediansOf(otherRole(role)));
            return score === null ? [] : [score];
          })
        : [];
      const summary: SideSummary = {
        count: group.length,
        thin: group.length < THIN_BELOW,
        overall,
        stageId: overall === null ? null : stageFor(model.stages, overall).id,
        predicted: group.filter((r) => r.side.expectations).length,
        listening: median(scores),
      };
      return [role, summary];
    }),
  ) as Record<Role, SideSummary>;

  return { sides, rows, findings: findingsOf(rows) };
}

/**
 * What to say first: the widest gap between the sides, then each side's
 * most divided dimension, then each side's largest misreading of the other.
 * Only what passes its threshold; agreement when both sides answered and nothing does.
 */
function findingsOf(rows: readonly DimensionRow[]): Finding[] {
  const findings: Finding[] = [];
  const widest = rows[0];
  if (widest?.gap != null && widest.gap >= GAP_THRESHOLD) {
    findings.push({
      kind: 'gap',
      index: widest.index,
      customer: widest.sides.customer!.median,
      supplier: widest.sides.supplier!.median,
    });
  }
  for (const role of ROLES) {
    const divided = rows
      .filter((row) => row.sides[role] && row.sides[role].scores.length > 1)
      .sort((a, b) => b.sides[role]!.spread - a.sides[role]!.spread || a.index - b.index)[0];
    const figures = divided?.sides[role];
    if (divided && figures && figures.spread >= SPLIT_THRESHOLD) {
      findings.push({ kind: 'split', role, index: divided.index, lowest: figures.lowest, highest: figures.highest });
    }
  }
  for (const role of ROLES) {
    const misses = rows.flatMap((row) => {
      const expected = row.sides[role]?.expected;
      const actual = row.sides[otherRole(role)]?.median;
      return expected != null && actual != null && Math.abs(expected - actual) >= GAP_THRESHOLD
        ? [{ kind: 'blind-spot' as const, role, index: row.index, expected, actual }]
        : [];
    });
    const largest = misses.sort(
      (a, b) => Math.abs(b.expected - b.actual) - Math.abs(a.expected - a.actual) || a.index - b.index,
    )[0];
    if (largest) findings.push(largest);
  }
  // Agreement needs two sides; with one, silence is all there is to say.
  const bothSides = rows.some((row) => row.gap !== null);
  return findings.length || !bothSides ? findings : [{ kind: 'agree' }];
}
