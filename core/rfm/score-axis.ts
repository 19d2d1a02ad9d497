import { UserInputError } from '../errors';
import { cutsProblem } from '../config/run-config';
import { translateMessage } from '../config/translate-config-message';
import { bilingual } from '../ledger/bilingual';
import { sortNumbers } from './sort-numbers';

/** How one axis is binned: tie-consistent percentile rank, or fixed half-open cut points. */
export type AxisSpec = { method: 'quantile' } | { method: 'thresholds'; cuts: readonly number[] };

/** `higher` = larger values score higher (F, M); `lower` = smaller values score higher (recency days). */
export type AxisDirection = 'higher' | 'lower';

/** The customers who got one score on one axis, and the value range behind it. */
export interface ScoreBand {
  score: number;
  /**
   * Lower bound, inclusive (null = unbounded). Thresholds: the cut point. Quantile: the smallest value
   * observed with this score (null when no customer got it).
   */
  lower: number | null;
  /**
   * Upper bound (null = unbounded). Thresholds: the next cut point, exclusive. Quantile: the largest value
   * observed with this score, inclusive.
   */
  upper: number | null;
  upperInclusive: boolean;
  /** Customers with this score and their share of all scored customers (0..1; 0 when there are none). */
  customers: number;
  share: number;
  /** Smallest and largest value actually observed with this score (null when empty). */
  observedMin: number | null;
  observedMax: number | null;
}

/** The threshold table of one axis: what a run actually used. */
export interface AxisTable {
  method: 'quantile' | 'thresholds';
  direction: AxisDirection;
  scale: number;
  /**
   * Ascending cut points in the axis unit (days, orders, cents): configured ones for thresholds; for
   * quantile, the cut points that reproduce the scores as thresholds on this data (null where a score is
   * empty). A value ≥ cut k (1-based) is past the k-th boundary.
   */
  cuts: (number | null)[];
  /** One band per score, score 1 first. */
  bands: ScoreBand[];
  /**
   * The value most customers share (the smallest such value when several tie), in the axis unit, with how
   * many share it; null when there are no customers. A quantile score cannot split equal values, so a value
   * shared by more than 1/scale of the customers leaves scores empty (see {@link scoreWarnings}).
   */
  mostCommon: { value: number; customers: number } | null;
}

/** Scores of all customers on one axis plus the table explaining them. */
export interface AxisScores {
  /** Score (1..scale) per input value, same order. */
  scores: Uint8Array;
  table: AxisTable;
}

/** Index of the first element > v (= count of elements ≤ v). */
function upperBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Score every customer on one axis — the one scoring function for R, F and M.
 *
 * - `quantile`: score = 1 + floor(scale × B / N), where N is the number of customers and B the number with
 *   a strictly worse value (strictly smaller for `higher`, strictly larger for `lower`). Equal values always
 *   share a score, so bins are uneven when values tie.
 * - `thresholds`: ascending cut points c1 < … < c(scale−1); value v is in bin i when c(i−1) ≤ v < c(i)
 *   (half-open; bin 1 below c1, bin `scale` from c(scale−1) up). For `higher` the score is the bin, for
 *   `lower` it is reversed (below c1 → top score).
 *
 * O(N log N). Throws {@link UserInputError} (key `key`) for a wrong number of cut points or cuts that are not
 * strictly ascending.
 *
 * @param values the axis values in their unit (days, orders, cents)
 * @param scale 2..10
 * @param key the configuration key to name in errors, e.g. "recency.cuts"
 * @example scoreAxis([10, 20, 20, 40], { method: 'quantile' }, 4, 'higher').scores // → [1, 2, 2, 4]
 * @example scoreAxis([0, 30, 31], { method: 'thresholds', cuts: [30] }, 2, 'lower').scores // → [2, 1, 1]
 */
export function scoreAxis(
  values: ArrayLike<number>,
  spec: AxisSpec,
  scale: number,
  direction: AxisDirection,
  key = 'cuts',
): AxisScores {
  if (!Number.isInteger(scale) || scale < 2 || scale > 10) {
    throw new UserInputError(bilingual(`scale: нужно целое число от 2 до 10 (задано ${scale})`, `scale: must be a whole number 2..10 (got ${scale})`), 'scale');
  }
  const n = values.length;
  const scores = new Uint8Array(n);
  const sorted = sortNumbers(values);
  if (spec.method === 'quantile') {
    // score = 1 + ⌊scale · worse / n⌋ grows with `worse` (values strictly worse than v), so score ≥ s exactly when
    // worse ≥ need[s], the least such count; and worse ≥ t compares v with one sorted value. A few comparisons
    // per customer instead of a binary search.
    const cut = new Float64Array(scale + 1);
    let top = 1;
    for (let s = 2; s <= scale; s++) {
      let t = Math.ceil(((s - 1) * n) / scale);
      while (t > 0 && 1 + Math.floor((scale * (t - 1)) / n) >= s) t--;
      while (t <= n && 1 + Math.floor((scale * t) / n) < s) t++;
      if (t > n) break;
      // worse ≥ t ⇔ (higher) the t-th smallest value < v ⇔ (lower) the t-th largest value > v; t = 0 always holds.
      cut[s] = t === 0 ? (direction === 'higher' ? -Infinity : Infinity) : direction === 'higher' ? sorted[t - 1] : sorted[n - t];
      top = s;
    }
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let s = 1;
      if (direction === 'higher') while (s < top && cut[s + 1] < v) s++;
      else while (s < top && cut[s + 1] > v) s++;
      scores[i] = s;
    }
  } else {
    const problem = cutsProblem(spec.cuts, scale);
    if (problem) throw new UserInputError(bilingual(`${key}: ${translateMessage('ru', problem)}`, `${key}: ${problem}`), key);
    const cuts = spec.cuts;
    for (let i = 0; i < n; i++) {
      const passed = upperBound(cuts, values[i]);
      scores[i] = direction === 'higher' ? 1 + passed : scale - passed;
    }
  }
  return { scores, table: { ...axisTable(values, scores, spec, scale, direction), mostCommon: mostCommon(sorted) } };
}

/** The value with the longest run in ascending `sorted` (the first such run), and its length; null when empty. */
function mostCommon(sorted: ArrayLike<number>): AxisTable['mostCommon'] {
  let best: AxisTable['mostCommon'] = null;
  for (let i = 0, j = 1; i < sorted.length; i = j, j = i + 1) {
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (best === null || j - i > best.customers) best = { value: sorted[i], customers: j - i };
  }
  return best;
}

function axisTable(
  values: ArrayLike<number>,
  scores: Uint8Array,
  spec: AxisSpec,
  scale: number,
  direction: AxisDirection,
): Omit<AxisTable, 'mostCommon'> {
  const n = values.length;
  const count = new Array<number>(scale + 1).fill(0);
  const min = new Array<number | null>(scale + 1).fill(null);
  const max = new Array<number | null>(scale + 1).fill(null);
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    const v = values[i];
    count[s]++;
    if (min[s] === null || v < (min[s] as number)) min[s] = v;
    if (max[s] === null || v > (max[s] as number)) max[s] = v;
  }
  // Score s sits between ascending cuts c(k) and c(k+1) (1-based, c0 = c(scale) = unbounded), with
  // k = s − 1 for `higher` and k = scale − s for `lower`.
  let cuts: (number | null)[];
  if (spec.method === 'thresholds') {
    cuts = [...spec.cuts];
  } else {
    cuts = [];
    for (let k = 1; k < scale; k++) {
      // The values at or above cut k have the score just past the k-th boundary.
      const s = direction === 'higher' ? k + 1 : scale - k;
      cuts.push(min[s]);
    }
  }
  const bands: ScoreBand[] = [];
  for (let s = 1; s <= scale; s++) {
    const k = direction === 'higher' ? s - 1 : scale - s;
    const band: ScoreBand = {
      score: s,
      lower: null,
      upper: null,
      upperInclusive: spec.method === 'quantile',
      customers: count[s],
      share: n ? count[s] / n : 0,
      observedMin: min[s],
      observedMax: max[s],
    };
    if (spec.method === 'thresholds') {
      band.lower = k >= 1 ? spec.cuts[k - 1] : null;
      band.upper = k + 1 <= scale - 1 ? spec.cuts[k] : null;
    } else {
      band.lower = min[s];
      band.upper = max[s];
    }
    bands.push(band);
  }
  return { method: spec.method, direction, scale, cuts, bands };
}
