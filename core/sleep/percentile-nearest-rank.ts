/**
 * Nearest-rank percentile of an ascending list: the value at rank ceil(p / 100 × n) (1-based), so the
 * result is always an observed value. p in (0, 100]. NaN for an empty list.
 *
 * @example percentileNearestRank([5, 10, 20, 40], 90) // → 40 (rank ceil(3.6) = 4)
 * @example percentileNearestRank([5, 10, 20, 40], 50) // → 10 (rank 2)
 */
export function percentileNearestRank(sortedAsc: ArrayLike<number>, p: number): number {
  const n = sortedAsc.length;
  if (!n) return NaN;
  // Round away binary noise (0.07 × 100 = 7.000000000000001) before ceil.
  const rank = Math.max(1, Math.ceil(Math.round((p / 100) * n * 1e9) / 1e9));
  return sortedAsc[Math.min(n, rank) - 1];
}
