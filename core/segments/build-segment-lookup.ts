import type { SegmentRule } from './types';

/**
 * For every code of a scale, the index of the first rule that matches it (ranges inclusive, first match
 * wins), or −1 for the catch-all. Index of code (r, f, m) = (r − 1)·scale² + (f − 1)·scale + (m − 1), so
 * assigning a customer is one array read.
 *
 * @example buildSegmentLookup([{ name: 'Top', r: [2, 2], f: [2, 2], m: [2, 2] }], 2)[7] // → 0 (R2F2M2)
 */
export function buildSegmentLookup(rules: readonly SegmentRule[], scale: number): Int16Array {
  const lookup = new Int16Array(scale * scale * scale).fill(-1);
  for (let r = 1; r <= scale; r++) {
    for (let f = 1; f <= scale; f++) {
      for (let m = 1; m <= scale; m++) {
        const i = codeIndex(r, f, m, scale);
        for (let k = 0; k < rules.length; k++) {
          const rule = rules[k];
          if (
            r >= rule.r[0] && r <= rule.r[1] &&
            f >= rule.f[0] && f <= rule.f[1] &&
            m >= rule.m[0] && m <= rule.m[1]
          ) {
            lookup[i] = k;
            break;
          }
        }
      }
    }
  }
  return lookup;
}

/**
 * Position of code (r, f, m) in a {@link buildSegmentLookup} table.
 * @example codeIndex(1, 1, 2, 5) // → 1
 */
export function codeIndex(r: number, f: number, m: number, scale: number): number {
  return (r - 1) * scale * scale + (f - 1) * scale + (m - 1);
}
