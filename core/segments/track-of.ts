import { scoreTier } from './score-tier';
import type { TrackId } from './types';

/**
 * Track of a customer from their scores (seed 003, on tiers so it works on any scale; see `scoreTier`).
 * First match wins, on tiers t(R), t(F), t(M):
 * 1. churned: t(R) = 1 (R1** on 3 points);
 * 2. best: t(F) = 3 and t(M) = 3 (R3F3M3, R2F3M3);
 * 3. asleep: t(R) = 2 and t(F) ≥ 2 (R2F3, R2F2);
 * 4. beginners: t(F) ≤ 2 (F1–F2 with recent R: R3F1, R3F2, R2F1);
 * 5. growth: the rest — recent, frequent, not top spend (R3F3M1, R3F3M2).
 *
 * @example trackOf(3, 3, 3, 3) // → "best"
 * @example trackOf(2, 2, 1, 3) // → "asleep"
 * @example trackOf(5, 5, 2, 5) // → "growth"
 */
export function trackOf(r: number, f: number, m: number, scale: number): TrackId {
  const tr = scoreTier(r, scale);
  const tf = scoreTier(f, scale);
  const tm = scoreTier(m, scale);
  if (tr === 1) return 'churned';
  if (tf === 3 && tm === 3) return 'best';
  if (tr === 2 && tf >= 2) return 'asleep';
  if (tf <= 2) return 'beginners';
  return 'growth';
}
