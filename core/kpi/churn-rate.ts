import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';

/**
 * Churn (customer success): customers who left the active base during the period / active customers at the period
 * start × 100%. Active at the start = scored then and not lapsed; churned = lapsed at the period end (R score 1 or
 * days since the last purchase ≥ the sleep boundary). Per segment = the segment at the start. Unit `%`, 0..100.
 *
 * @example churnRate(ctx, members).value // → 25 (4 active at start, 1 lapsed by the end)
 */
export function churnRate(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  const gone = new IndexList();
  for (const i of members) {
    const seg = ctx.segStart[i];
    if (seg === null || ctx.lapsedStart[i]) continue;
    const hit = ctx.lapsedEnd[i] ? 1 : 0;
    ids.push(i);
    if (hit) gone.push(i);
    acc.add(seg, i, hit, 1);
  }
  return ratioKpi('churn', gone.length, ids.length, '%', ids.names(ctx.idOf), {
    ru: 'на начало периода нет активных клиентов',
    en: 'no active customers at the period start',
  }, { numeratorIds: gone.names(ctx.idOf), bySegment: acc.parts() });
}
