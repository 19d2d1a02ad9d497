/**
 * A customer's own sleep boundary: ceil(median of their gaps × factor) days, never later than the global
 * boundary; null when they have fewer than `minPurchaseDays` distinct purchase days (gaps + 1).
 *
 * @example personalBoundary([10, 14, 12], 84, { factor: 2, minPurchaseDays: 3 }) // → 24
 * @example personalBoundary([60, 70], 84, { factor: 2, minPurchaseDays: 3 }) // → 84 (bounded by the global one)
 */
export function personalBoundary(
  gaps: readonly number[],
  globalDays: number,
  options: { factor: number; minPurchaseDays: number },
): number | null {
  if (gaps.length + 1 < options.minPurchaseDays || gaps.length === 0) return null;
  const s = gaps.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  const med = s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
  return Math.min(globalDays, Math.ceil(med * options.factor - 1e-9));
}
