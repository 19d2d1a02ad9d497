import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { NEW_SEGMENT, SegmentAccumulator } from './segment-parts';

/**
 * AOV (sales) for new or for existing customers: net amount of the period's purchases (orders with net > 0) /
 * number of those purchases, in cents. New = first purchase ever on or after the period start; existing = a
 * purchase before it. Per segment = the segment at the start (`new` for new customers). Unit `money`.
 *
 * @example averageOrderValue(ctx, members, 'existing').value // → 2500 (two orders: 30.00 and 20.00)
 */
export function averageOrderValue(ctx: KpiContext, members: readonly number[], who: 'new' | 'existing'): KpiResult {
  const acc = new SegmentAccumulator('money', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  let cents = 0;
  let orders = 0;
  for (const i of members) {
    if (ctx.purchasesP[i] === 0) continue;
    const isNew = ctx.firstPurchaseDay[i] >= ctx.period.start;
    if (isNew !== (who === 'new')) continue;
    ids.push(i);
    cents += ctx.purchaseCentsP[i];
    orders += ctx.purchasesP[i];
    acc.add(ctx.segStart[i] ?? NEW_SEGMENT, i, ctx.purchaseCentsP[i], ctx.purchasesP[i]);
  }
  return ratioKpi(who === 'new' ? 'aov-new' : 'aov-existing', cents, orders, 'money', ids.names(ctx.idOf), who === 'new'
    ? { ru: 'за период нет заказов новых клиентов', en: 'no orders from new customers in the period' }
    : { ru: 'за период нет заказов действующих клиентов', en: 'no orders from existing customers in the period' },
  { bySegment: acc.parts() });
}
