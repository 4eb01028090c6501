/**
 * Shared results are rounded down to a bucket of 5 points, so a public page
 * per bucket (0, 5, … 100) can carry its own preview. Stage bounds are
 * multiples of 5 (a content rule), so a bucket never changes the stage.
 */
export const BUCKET_SIZE = 5;

export const allBuckets: readonly number[] = Array.from({ length: 100 / BUCKET_SIZE + 1 }, (_, i) => i * BUCKET_SIZE);

/** The bucket a score of 0-100 is shared as. */
export function bucketOf(score: number): number {
  return Math.floor(Math.min(100, Math.max(0, score)) / BUCKET_SIZE) * BUCKET_SIZE;
}

/** The scores a bucket stands for: 70 → 70 to 74; the last bucket is 100 alone. */
export function bucketRange(bucket: number): { from: number; to: number } {
  return { from: bucket, to: Math.min(100, bucket + BUCKET_SIZE - 1) };
}

/**
 * A bucket as a shared page shows it: '70–74', or '100'. Showing the
 * rounded-down number would understate everyone above the bucket's floor.
 */
export function bucketLabel(bucket: number): string {
  const { from, to } = bucketRange(bucket);
  return from === to ? String(from) : `${from}–${to}`;
}
