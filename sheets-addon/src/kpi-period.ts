/**
 * Which period the KPI and Migration tabs cover: the last complete calendar month (or quarter) before
 * the as-of date — the as-of day itself is excluded, so on 2025-03-01 and on 2025-03-31 it is 2025-02.
 */
import { isoFromDay, parsePeriod, type Period } from '../../core/index';

/**
 * The last complete month or quarter before `asOf` (a day number), as core's Period.
 * @example lastCompletePeriod(20159, 'month').label // → '2025-02' (as of 2025-03-12)
 * @example lastCompletePeriod(20159, 'quarter').label // → '2024-Q4'
 */
export function lastCompletePeriod(asOf: number, kind: 'month' | 'quarter'): Period {
  const [y, m] = isoFromDay(asOf).split('-').map(Number);
  if (kind === 'month') {
    const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return parsePeriod(`${py}-${String(pm).padStart(2, '0')}`);
  }
  const q = Math.floor((m - 1) / 3) + 1;
  const [py, pq] = q === 1 ? [y - 1, 4] : [y, q - 1];
  return parsePeriod(`${py}-Q${pq}`);
}
