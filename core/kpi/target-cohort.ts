import type { KpiContext } from './kpi-context';

/**
 * True when customer `i` belongs to the target cohorts at the period start: scored then, and in one of
 * `options.targetSegments` (all segments when the list is empty or absent).
 *
 * @example inTargetCohort(ctx, 0) // → true
 */
export function inTargetCohort(ctx: KpiContext, i: number): boolean {
  const seg = ctx.segStart[i];
  if (seg === null) return false;
  const t = ctx.options.targetSegments;
  return !t || t.length === 0 || t.includes(seg);
}
