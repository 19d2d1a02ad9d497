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
  // Short lists (the usual case): insertion sort of a copy, no comparator calls; long ones: typed sort.
  const s = gaps.length > 32 ? Float64Array.from(gaps).sort() : gaps.slice();
  for (let i = 1; gaps.length <= 32 && i < s.length; i++) {
    const v = s[i];
    let j = i - 1;
    while (j >= 0 && s[j] > v) s[j + 1] = s[j--];
    s[j + 1] = v;
  }
  const h = s.length >> 1;
  const med = s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
  return Math.min(globalDays, Math.ceil(med * options.factor - 1e-9));
}
