import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';

/**
 * Cross-sell (customer success): share of existing customers (a purchase before the period start) who bought, in
 * the period, in a product category they had never bought before × 100%; `revenueCents` = their net revenue in
 * those new categories. Needs a category column (else not defined). Per segment = the segment at the start. Unit `%`.
 *
 * @example crossSell(ctx, members).value // → 50; .revenueCents // → 3000
 */
export function crossSell(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  const hits = new IndexList();
  let revenue = 0;
  const has = ctx.ledger.has.category;
  for (const i of members) {
    const seg = ctx.segStart[i];
    if (seg === null || !has) continue;
    const extra = ctx.newCategoryCentsP[i];
    const hit = extra > 0 ? 1 : 0;
    ids.push(i);
    if (hit) {
      hits.push(i);
      revenue += extra;
    }
    acc.add(seg, i, hit, 1);
  }
  const reason = has
    ? { ru: 'на начало периода нет клиентов с покупками', en: 'no customers with purchases before the period' }
    : { ru: 'в данных нет колонки категории товара', en: 'the data has no product category column' };
  const out = ratioKpi('cross-sell', hits.length, ids.length, '%', ids.names(ctx.idOf), reason, { numeratorIds: hits.names(ctx.idOf), bySegment: acc.parts() });
  out.revenueCents = revenue;
  return out;
}
