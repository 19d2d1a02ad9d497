import type { Customer } from '../ledger/types';

/** Account health of one customer and its four parts (points). */
export interface AccountHealth {
  /** 0..100, rounded: recency + regularity + trend + refunds. */
  score: number;
  /** 0..40: days since the last purchase against the customer's own rhythm. */
  recency: number;
  /** 0..20: regularity of the gaps between purchase days. */
  regularity: number;
  /** 0..25: revenue of the last 180 days against the 180 days before. */
  trend: number;
  /** 0..15: absence of refunds in the last 365 days. */
  refunds: number;
  /** Days since the last purchase, and the rhythm it was compared with (median own gap or the fallback). */
  daysSince: number;
  rhythmDays: number;
}

let scratch = new Float64Array(256);

function median(sorted: Float64Array): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * Account health 0..100 of a customer as of a day (orders on or after `asOf` ignored); null when the customer has
 * no purchase before `asOf`. Four parts:
 * - recency (40): q = days since last purchase / rhythm, rhythm = median gap between own purchase days (fallback
 *   when fewer than 2 purchase days: the sleep boundary, else 90); q ≤ 1 → 40, q ≥ 3 → 0, linear between;
 * - regularity (20): 20 × max(0, 1 − CV) of the gaps (population SD / mean); 10 (neutral) with fewer than 2 gaps;
 * - spend trend (25): p = R_recent / (R_recent + R_previous) of net revenue (negatives as 0) in [asOf−180, asOf) and
 *   [asOf−360, asOf−180); 25 × min(1, 2p) — flat or growing spend scores 25; 0 when both are 0;
 * - refunds (15): 15 × max(0, 1 − 2 × refunded / gross) over the last 365 days (50% refunded or more → 0).
 *
 * @example accountHealth(customerWithPurchasesEvery30Days, asOf10DaysAfterLast)!.score // → 100
 */
export function accountHealth(customer: Customer, asOf: number, fallbackRhythmDays: number | null = null): AccountHealth | null {
  if (scratch.length < customer.orders.length * 2) scratch = new Float64Array(customer.orders.length * 2);
  let nDays = 0;
  let lastDay = NaN;
  let recent = 0;
  let previous = 0;
  let gross = 0;
  let refunded = 0;
  for (const o of customer.orders) {
    if (o.day >= asOf) break;
    if (o.netCents > 0 && o.day !== lastDay) {
      // Gaps between consecutive purchase days go to the scratch buffer.
      if (nDays > 0) scratch[nDays - 1] = o.day - lastDay;
      lastDay = o.day;
      nDays++;
    }
    const age = asOf - o.day;
    if (age <= 180) recent += o.netCents;
    else if (age <= 360) previous += o.netCents;
    if (age <= 365) {
      gross += o.netCents - o.refundCents;
      refunded -= o.refundCents;
    }
  }
  if (nDays === 0) return null;
  const daysSince = asOf - lastDay;
  const nGaps = nDays - 1;
  const gaps = scratch.subarray(0, nGaps);
  let regularity = 10;
  if (nGaps >= 2) {
    let sum = 0;
    for (let k = 0; k < nGaps; k++) sum += gaps[k];
    const mean = sum / nGaps;
    let ss = 0;
    for (let k = 0; k < nGaps; k++) ss += (gaps[k] - mean) ** 2;
    regularity = 20 * Math.max(0, 1 - Math.sqrt(ss / nGaps) / mean);
  }
  const rhythmDays = nGaps > 0 ? median(gaps.sort()) : (fallbackRhythmDays ?? 90);
  const q = daysSince / rhythmDays;
  const recencyPts = q <= 1 ? 40 : q >= 3 ? 0 : (40 * (3 - q)) / 2;
  const r = Math.max(0, recent);
  const p = Math.max(0, previous);
  const trend = r + p === 0 ? 0 : 25 * Math.min(1, (2 * r) / (r + p));
  const refunds = gross > 0 ? 15 * Math.max(0, 1 - (2 * refunded) / gross) : 15;
  const score = Math.round(recencyPts + regularity + trend + refunds);
  return { score, recency: recencyPts, regularity, trend, refunds, daysSince, rhythmDays };
}
