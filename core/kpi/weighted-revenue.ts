import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { NEW_SEGMENT, SegmentAccumulator } from './segment-parts';
import { IndexList, lazyProperty } from './index-list';

/**
 * Segment-weighted revenue (sales): Σ revenueᵢ × weightᵢ over customers, where revenueᵢ is the customer's net
 * revenue in the period and weightᵢ the weight of their segment at the period start (`options.weights`; key `new`
 * for customers with no purchase before the period; missing segments weigh 1). Each customer's term is rounded to
 * whole cents, so managers' values add up to the team's exactly. Unit `money`; numerator = the value, denominator
 * = the unweighted revenue (so numerator / denominator is the effective weight).
 *
 * @example weightedRevenue(ctx, members).value // → 25000 (100.00 × 1.5 + 100.00 × 1)
 */
export function weightedRevenue(ctx: KpiContext, members: readonly number[]): KpiResult {
  const weights = ctx.options.weights ?? {};
  const acc = new SegmentAccumulator('money', ctx.start.rank, ctx.idOf);
  const ids = new IndexList();
  let sum = 0;
  let plain = 0;
  for (const i of members) {
    const rev = ctx.netP[i];
    if (rev === 0) continue;
    const seg = ctx.segStart[i] ?? NEW_SEGMENT;
    const w = weights[seg] ?? 1;
    const term = Math.round(rev * w);
    ids.push(i);
    sum += term;
    plain += rev;
    acc.add(seg, i, term, rev);
  }
  const parts = acc.parts();
  for (const p of parts) p.value = p.numerator;
  const out = { id: 'weighted-revenue', value: sum, numerator: sum, denominator: plain, unit: 'money' } as KpiResult;
  lazyProperty(out, 'customerIds', ids.names(ctx.idOf));
  out.bySegment = parts;
  return out;
}
