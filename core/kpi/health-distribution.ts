import type { KpiContext } from './kpi-context';
import { healthScores } from './account-health-kpi';

/** Distribution of account health in one segment at the period end. */
export interface HealthDistributionRow {
  segment: string;
  customers: number;
  mean: number;
  median: number;
  /** Customers per band: 0–19, 20–39, 40–59, 60–79, 80–100. */
  bands: [number, number, number, number, number];
}

/**
 * Account-health distribution per segment (segment at the period end), in the snapshot's rank order.
 * @example healthDistribution(ctx, members)[0] // → { segment: 'Champions', customers: 2, mean: 90, median: 90, bands: [0,0,0,0,2] }
 */
export function healthDistribution(ctx: KpiContext, members: readonly number[]): HealthDistributionRow[] {
  const h = healthScores(ctx);
  const by = new Map<string, number[]>();
  for (const i of members) {
    if (Number.isNaN(h[i])) continue;
    const seg = ctx.segEnd[i]!;
    let list = by.get(seg);
    if (!list) by.set(seg, (list = []));
    list.push(h[i]);
  }
  const rank = ctx.end.rank;
  const segs = [...by.keys()].sort((a, b) => {
    const ra = rank.indexOf(a) < 0 ? Infinity : rank.indexOf(a);
    const rb = rank.indexOf(b) < 0 ? Infinity : rank.indexOf(b);
    return ra !== rb ? ra - rb : a < b ? -1 : 1;
  });
  return segs.map((segment) => {
    const v = by.get(segment)!.sort((a, b) => a - b);
    const n = v.length;
    const bands: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (const x of v) bands[Math.min(4, Math.floor(x / 20))]++;
    return {
      segment,
      customers: n,
      mean: v.reduce((a, b) => a + b, 0) / n,
      median: n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2,
      bands,
    };
  });
}
