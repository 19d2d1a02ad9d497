/**
 * Ascending copy of a list of numbers. Integer data with a small spread (days, order counts — at most
 * max(4096, 4 × n) between the smallest and largest value) is counting-sorted in O(n + spread); anything
 * else uses the typed-array sort, O(n log n). Same result either way; the counting path matters because
 * typed-array sort of a million values takes a noticeable fraction of a second on Node 20.
 *
 * @example sortNumbers([3, 1, 2, 1]) // → Float64Array [1, 1, 2, 3]
 */
export function sortNumbers(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isSafeInteger(v)) integers = false;
  }
  const spread = max - min;
  if (integers && spread <= Math.max(4096, 4 * n)) {
    const counts = new Uint32Array(spread + 1);
    for (let i = 0; i < n; i++) counts[values[i] - min]++;
    let k = 0;
    for (let d = 0; d <= spread; d++) {
      const c = counts[d];
      if (c) out.fill(min + d, k, k + c);
      k += c;
    }
    return out;
  }
  out.set(values);
  return out.sort();
}
