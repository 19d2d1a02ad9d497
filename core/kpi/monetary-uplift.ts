import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';
import { inTargetCohort } from './target-cohort';

/**
 * M uplift per user (marketing): extra net revenue per customer of the target cohorts in the period vs the base
 * period, Σ(revenue in period − revenue in base) / customers in the cohort, in cents per customer.
 * Size adjustment: the cohort is fixed at the period start and the uplift is per customer, so it equals the
 * average of the per-segment uplifts weighted by each segment's share of the cohort's customers — a segment that
 * grows in number of customers does not raise the KPI by its size alone. Unit `money-per-customer`.
 *
 * @example monetaryUplift(ctx, members).value // → 1500 (2 customers: +40.00 and −10.00)
 */
export function monetaryUplift(ctx: KpiContext, members: readonly number[]): KpiResult {
  const acc = new SegmentAccumulator('money-per-customer', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  let num = 0;
  for (const i of members) {
    if (!inTargetCohort(ctx, i)) continue;
    const d = ctx.netP[i] - ctx.netB[i];
    ids.push(i);
    num += d;
    acc.add(ctx.segStart[i]!, i, d, 1);
  }
  return ratioKpi('m-uplift', num, ids.length, 'money-per-customer', ids.names(ctx.idOf), {
    ru: 'в целевых когортах на начало периода нет клиентов',
    en: 'no customers in the target cohorts at the period start',
  }, { bySegment: acc.parts() });
}
