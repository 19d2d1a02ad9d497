import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';

/**
 * Reactivation rate of Lapsed (marketing): reactivated / lapsed at the period start × 100%.
 * Lapsed = scored at the period start with R score 1 or with days since the last purchase ≥ the sleep boundary;
 * reactivated = a lapsed customer with at least one purchase (order with net > 0) in the period. Unit `%`.
 * Per segment = the segment at the period start.
 *
 * @example reactivationRate(ctx, members).value // → 50 (2 lapsed, 1 bought again)
 */
export function reactivationRate(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  const back = new IndexList();
  for (const i of members) {
    if (!ctx.lapsedStart[i]) continue;
    const hit = ctx.purchasesP[i] > 0 ? 1 : 0;
    ids.push(i);
    if (hit) back.push(i);
    acc.add(ctx.segStart[i]!, i, hit, 1);
  }
  return ratioKpi('reactivation', back.length, ids.length, '%', ids.names(ctx.idOf), {
    ru: 'на начало периода нет клиентов в оттоке (R = 1 или за границей засыпания)',
    en: 'no lapsed customers at the period start (R score 1 or beyond the sleep boundary)',
  }, { numeratorIds: back.names(ctx.idOf), bySegment: acc.parts() });
}
