import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { accountHealth } from './account-health';
import { SegmentAccumulator } from './segment-parts';

const cache = new WeakMap<KpiContext, Float64Array>();

/**
 * Account health of every customer at the period end (NaN when not scored), computed once per context.
 * @example healthScores(ctx)[0] // → 85
 */
export function healthScores(ctx: KpiContext): Float64Array {
  let h = cache.get(ctx);
  if (h) return h;
  h = new Float64Array(ctx.ledger.customers.length).fill(NaN);
  const fallback = ctx.end.sleepBoundaryDays;
  ctx.ledger.customers.forEach((c, i) => {
    if (ctx.segEnd[i] === null) return;
    const a = accountHealth(c, ctx.period.end, fallback);
    if (a) h![i] = a.score;
  });
  cache.set(ctx, h);
  return h;
}

/**
 * Average account health (customer success) at the period end over the customers scored then: Σ score / customers,
 * unit `score` (0..100). Per segment = the segment at the period end. See {@link accountHealth} for the score.
 *
 * @example accountHealthKpi(ctx, members).value // → 72.5
 */
export function accountHealthKpi(ctx: KpiContext, members: readonly number[]): KpiResult {
  const h = healthScores(ctx);
  const acc = new SegmentAccumulator('score', ctx.end.rank, ctx.idOf);
  const ids = new IndexList();
  let sum = 0;
  for (const i of members) {
    if (Number.isNaN(h[i])) continue;
    ids.push(i);
    sum += h[i];
    acc.add(ctx.segEnd[i]!, i, h[i], 1);
  }
  return ratioKpi('account-health', sum, ids.length, 'score', ids.names(ctx.idOf), {
    ru: 'на конец периода нет клиентов с покупками',
    en: 'no customers with purchases by the period end',
  }, { bySegment: acc.parts() });
}
