import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { NEW_SEGMENT, SegmentAccumulator } from './segment-parts';

/**
 * Upsell (customer success): share of the cohort active in the base period (net revenue > 0 there) whose revenue
 * grew beyond what cross-sell explains × 100%. Per customer: upsell = max(0, R₁ − R₀ − new-category revenue), where
 * R₀, R₁ are net revenue in the base period and in the period; `revenueCents` = Σ upsell. Unit `%`.
 * Cross-sell + upsell ≥ the expansion part of NRR.
 *
 * @example upsell(ctx, members).value // → 50; .revenueCents // → 2000
 */
export function upsell(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  const hits = new IndexList();
  let revenue = 0;
  for (const i of members) {
    const r0 = ctx.netB[i];
    if (!(r0 > 0)) continue;
    const extra = Math.max(0, ctx.netP[i] - r0 - ctx.newCategoryCentsP[i]);
    const hit = extra > 0 ? 1 : 0;
    ids.push(i);
    if (hit) {
      hits.push(i);
      revenue += extra;
    }
    acc.add(ctx.segStart[i] ?? NEW_SEGMENT, i, hit, 1);
  }
  const out = ratioKpi('upsell', hits.length, ids.length, '%', ids.names(ctx.idOf), {
    ru: 'в базовом периоде не было клиентов с выручкой',
    en: 'no customers with revenue in the base period',
  }, { numeratorIds: hits.names(ctx.idOf), bySegment: acc.parts() });
  out.revenueCents = revenue;
  return out;
}
