/**
 * Two sides of one relationship, compared: per dimension what each side
 * says, what each expected the other to say, and from that how well each
 * side listened. Pure, so the comparison only renders what this computes.
 */
import type { Side } from './codes';

/** Points apart that are worth a conversation, between the sides or between an expectation and the answer. */
export const GAP_THRESHOLD = 20;

export interface DimensionComparison {
  /** Index in the quiz's dimension order. */
  index: number;
  mine: number;
  theirs: number;
  /** What I expected them to say, and what they expected me to say. */
  myExpectation: number | null;
  theirExpectation: number | null;
  gap: number;
}

/** Every dimension of the two sides, largest gap first (ties keep the quiz's order). */
export function compareSides(me: Side, them: Side): DimensionComparison[] {
  return me.dimensions
    .map((mine, index) => {
      const theirs = them.dimensions[index] ?? 0;
      return {
        index,
        mine,
        theirs,
        myExpectation: me.expectations?.[index] ?? null,
        theirExpectation: them.expectations?.[index] ?? null,
        gap: Math.abs(mine - theirs),
      };
    })
    .sort((a, b) => b.gap - a.gap || a.index - b.index);
}

/**
 * How well one side predicted the other: 100 when every expectation was
 * exact, falling by the mean distance between expectation and answer.
 * Null when that side gave no expectations.
 */
export function listeningScore(expectations: readonly number[] | null, actual: readonly number[]): number | null {
  if (!expectations || expectations.length === 0) return null;
  const distance = expectations.reduce((sum, expected, i) => sum + Math.abs(expected - (actual[i] ?? 0)), 0);
  return Math.max(0, Math.round(100 - distance / expectations.length));
}

export interface BlindSpot {
  index: number;
  /** Who misjudged: I misjudged them, or they misjudged me. */
  who: 'me' | 'them';
  expected: number;
  actual: number;
}

/** Where an expectation missed the other side's answer by GAP_THRESHOLD or more, largest miss first. */
export function blindSpots(rows: readonly DimensionComparison[]): BlindSpot[] {
  const spots: BlindSpot[] = [];
  for (const row of rows) {
    if (row.myExpectation !== null && Math.abs(row.myExpectation - row.theirs) >= GAP_THRESHOLD) {
      spots.push({ index: row.index, who: 'me', expected: row.myExpectation, actual: row.theirs });
    }
    if (row.theirExpectation !== null && Math.abs(row.theirExpectation - row.mine) >= GAP_THRESHOLD) {
      spots.push({ index: row.index, who: 'them', expected: row.theirExpectation, actual: row.mine });
    }
  }
  return spots.sort((a, b) => Math.abs(b.expected - b.actual) - Math.abs(a.expected - a.actual) || a.index - b.index);
}

/** The one sentence a comparison leads with. */
export type MainFinding =
  | { kind: 'agree' }
  | { kind: 'gap'; index: number; mine: number; theirs: number }
  | { kind: 'blind-spot'; spot: BlindSpot };

/** The largest blind spot if there is one, else the largest gap, else agreement. */
export function mainFinding(rows: readonly DimensionComparison[]): MainFinding {
  const spot = blindSpots(rows)[0];
  if (spot) return { kind: 'blind-spot', spot };
  const widest = rows[0];
  if (widest && widest.gap >= GAP_THRESHOLD) {
    return { kind: 'gap', index: widest.index, mine: widest.mine, theirs: widest.theirs };
  }
  return { kind: 'agree' };
}
