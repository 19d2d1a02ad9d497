import type { BilingualText } from '../segments/types';
import type { KpiId, KpiResult, KpiSegmentPart, KpiUnit } from './types';
import { lazyProperty } from './index-list';

/**
 * Build a ratio KPI: `value = numerator / denominator × (unit '%' ? 100 : 1)`, or null with `reason` when the
 * denominator is 0 (never NaN or Infinity).
 *
 * @example ratioKpi('win-rate', 3, 4, '%', [], { ru: 'нет лидов', en: 'no leads' }).value // → 75
 * @example ratioKpi('win-rate', 0, 0, '%', [], { ru: 'нет лидов', en: 'no leads' }).value // → null
 */
export function ratioKpi(
  id: KpiId,
  numerator: number,
  denominator: number,
  unit: KpiUnit,
  customerIds: string[] | (() => string[]),
  reason: BilingualText,
  extra: { numeratorIds?: string[] | (() => string[]); bySegment?: KpiSegmentPart[] } = {},
): KpiResult {
  const value = ratioValue(numerator, denominator, unit);
  const out = { id, value, numerator, denominator, unit } as KpiResult;
  // Id lists given as functions are built on first read (JSON output, drill-down), not per computation.
  if (typeof customerIds === 'function') lazyProperty(out, 'customerIds', customerIds);
  else out.customerIds = customerIds;
  if (typeof extra.numeratorIds === 'function') lazyProperty(out, 'numeratorIds', extra.numeratorIds);
  else if (extra.numeratorIds) out.numeratorIds = extra.numeratorIds;
  if (extra.bySegment) out.bySegment = extra.bySegment;
  if (value === null) out.undefinedReason = reason;
  return out;
}

/**
 * `numerator / denominator`, × 100 for `%` and `pp`, rounded to whole cents for money; null when the denominator is 0 or the result is not finite.
 * @example ratioValue(1, 4, '%') // → 25
 */
export function ratioValue(numerator: number, denominator: number, unit: KpiUnit): number | null {
  if (denominator === 0) return null;
  const v = (numerator / denominator) * (unit === '%' || unit === 'pp' ? 100 : 1);
  if (!Number.isFinite(v)) return null;
  // Money stays whole cents.
  return unit === 'money' || unit === 'money-per-customer' ? Math.round(v) : v;
}
