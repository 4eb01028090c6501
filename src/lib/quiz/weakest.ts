/**
 * Where a result's advice begins: the dimensions where this relationship is
 * weakest. Pure, so the result shows exactly what this picks.
 */

/** How many weak dimensions the advice leads with at most: one or two are a plan, three are a list. */
export const WEAKEST_SHOWN = 2;

/**
 * The indices of the one or two lowest-scoring dimensions, lowest first
 * (ties keep the quiz's order). Only dimensions below the reader's best one
 * count: a flat profile has no weakest dimension, and the stage advice then
 * speaks for itself.
 */
export function weakestDimensions(scores: readonly number[]): number[] {
  const best = Math.max(...scores);
  return scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => score < best)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, WEAKEST_SHOWN)
    .map(({ index }) => index);
}
