import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { NEW_SEGMENT, SegmentAccumulator } from './segment-parts';

/**
 * Net and gross revenue retention (customer success) over the cohort active in the base period
 * (customers with net revenue > 0 in the base period). Per customer: R₀ = net revenue in the base period,
 * R₁ = max(0, net revenue in the period).
 * - NRR = Σ R₁ / Σ R₀ × 100% = (start revenue − churned − contraction + expansion) / start revenue.
 * - GRR = Σ min(R₀, R₁) / Σ R₀ × 100% = (start revenue − churned − contraction) / start revenue; never above 100%
 *   and never above NRR.
 * Per segment = the segment at the period start. Unit `%`.
 *
 * @example revenueRetention(ctx, members, 'grr').value // → 80
 */
export function revenueRetention(ctx: KpiContext, members: readonly number[], kind: 'nrr' | 'grr'): KpiResult {
  const acc = new SegmentAccumulator('%', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  let num = 0;
  let den = 0;
  for (const i of members) {
    const r0 = ctx.netB[i];
    if (!(r0 > 0)) continue;
    const r1 = Math.max(0, ctx.netP[i]);
    const kept = kind === 'nrr' ? r1 : Math.min(r0, r1);
    ids.push(i);
    num += kept;
    den += r0;
    acc.add(ctx.segStart[i] ?? NEW_SEGMENT, i, kept, r0);
  }
  return ratioKpi(kind, num, den, '%', ids.names(ctx.idOf), {
    ru: 'в базовом периоде не было клиентов с выручкой',
    en: 'no customers with revenue in the base period',
  }, { bySegment: acc.parts() });
}
