/** Reused sort buffer (single-threaded). */
let scratch = new Float64Array(64);

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
  const n = gaps.length;
  if (n + 1 < options.minPurchaseDays || n === 0) return null;
  // Sorted in a reused buffer (no allocation per customer). Short lists (the usual case): insertion sort, no
  // comparator calls; long ones: typed sort.
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  const s = scratch;
  if (n > 32) {
    s.set(gaps);
    s.subarray(0, n).sort();
  } else {
    for (let i = 0; i < n; i++) {
      const v = gaps[i];
      let j = i - 1;
      while (j >= 0 && s[j] > v) s[j + 1] = s[j--];
      s[j + 1] = v;
    }
  }
  const h = n >> 1;
  const med = n % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
  return Math.min(globalDays, Math.ceil(med * options.factor - 1e-9));
}
