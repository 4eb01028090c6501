/**
 * Customer and supplier side by side: where their scores differ, largest
 * gap first. Pure, so the compare view only renders.
 */
import type { Role } from './roles';

/** Gaps of at least this many points are worth a conversation. */
export const GAP_THRESHOLD = 20;

export interface SideBySide {
  id: string;
  customer: number;
  supplier: number;
  gap: number;
}

/** Pairs two sets of dimension scores by role, whichever side answered first. */
export function sideBySide(
  dimensionIds: string[],
  mine: { role: Role; dimensions: Record<string, number> },
  theirs: { role: Role; dimensions: number[] },
): SideBySide[] {
  return dimensionIds.map((id, i) => {
    const own = mine.dimensions[id] ?? 0;
    const other = theirs.dimensions[i] ?? 0;
    const customer = mine.role === 'customer' ? own : other;
    const supplier = mine.role === 'customer' ? other : own;
    return { id, customer, supplier, gap: Math.abs(customer - supplier) };
  });
}

/** The dimensions with a gap of GAP_THRESHOLD or more, largest first, at most `limit`. */
export function largestGaps(rows: SideBySide[], limit = 3): SideBySide[] {
  return rows
    .filter((row) => row.gap >= GAP_THRESHOLD)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, limit);
}
