import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';
import { inTargetCohort } from './target-cohort';

/**
 * F growth in the target cohorts (marketing): (F₂ − F₁) / F₁ × 100%, where the cohort is fixed at the period start
 * (customers in the target segments then), F₁ = purchases per cohort customer in the base period and F₂ = purchases
 * per cohort customer in the period. The cohort size cancels, so numerator = Σ(purchases in period − purchases in
 * base) and denominator = Σ purchases in base. Unit `%`; not defined when the cohort bought nothing in the base.
 *
 * @example frequencyGrowth(ctx, members).value // → 50 (base 4 purchases, period 6)
 */
export function frequencyGrowth(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  let num = 0;
  let den = 0;
  for (const i of members) {
    if (!inTargetCohort(ctx, i)) continue;
    const d = ctx.purchasesP[i] - ctx.purchasesB[i];
    ids.push(i);
    num += d;
    den += ctx.purchasesB[i];
    acc.add(ctx.segStart[i]!, i, d, ctx.purchasesB[i]);
  }
  return ratioKpi('f-growth', num, den, '%', ids.names(ctx.idOf), {
    ru: 'у целевых когорт не было покупок в базовом периоде',
    en: 'the target cohorts made no purchases in the base period',
  }, { bySegment: acc.parts() });
}
