/**
 * Low / middle / top tier (1, 2, 3) of a score on a 2..10 point scale, so that the three-level track rules
 * of seed 003 apply to any scale: tier = 1 + round(2 × (score − 1) / (scale − 1)), halves rounding up.
 * On 3 points the tier is the score; on 5 points 1 → 1, 2–3 → 2, 4–5 → 3; on 2 points 1 → 1, 2 → 3.
 *
 * @example scoreTier(4, 5) // → 3
 * @example scoreTier(2, 5) // → 2
 */
export function scoreTier(score: number, scale: number): 1 | 2 | 3 {
  return (1 + Math.round((2 * (score - 1)) / (scale - 1))) as 1 | 2 | 3;
}

/**
 * Inclusive score range of a tier on a scale (the scores whose {@link scoreTier} is `tier`), or null when no
 * score maps to it (tier 2 on a 2-point scale).
 * @example tierRange(3, 5) // → [4, 5]
 */
export function tierRange(tier: 1 | 2 | 3, scale: number): [number, number] | null {
  let lo = 0;
  let hi = 0;
  for (let s = 1; s <= scale; s++) {
    if (scoreTier(s, scale) === tier) {
      if (!lo) lo = s;
      hi = s;
    }
  }
  return lo ? [lo, hi] : null;
}
