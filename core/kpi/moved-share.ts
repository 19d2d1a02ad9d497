import type { KpiContext } from './kpi-context';
import type { KpiResult } from './types';
import { ratioKpi } from './kpi-result';
import { IndexList } from './index-list';
import { SegmentAccumulator } from './segment-parts';
import { segmentRankIndex } from './segment-rank-index';

/**
 * Share of customers who moved up (or down) between the period's start and end (marketing): customers scored at
 * the start whose segment at the end ranks higher (lower) in the best-first segment rank / customers scored at the
 * start × 100%. Same segment = stayed. The rank is the snapshot's `rank` (by default the rule table ordered by the
 * sum of its score-range midpoints, see `segmentRankFromRules`). Unit `%`. Per segment = segment at the start.
 *
 * @example movedShare(ctx, members, 'up').value // → 25
 */
export function movedShare(ctx: KpiContext, members: readonly number[], direction: 'up' | 'down'): KpiResult {
  const rank = ctx.start.rank;
  const acc = new SegmentAccumulator('%', rank, ctx.idOf);
  const ids = new IndexList();
  const moved = new IndexList();
  for (const i of members) {
    const a = ctx.segStart[i];
    const b = ctx.segEnd[i];
    if (a === null || b === null) continue;
    const ra = segmentRankIndex(rank, a);
    const rb = segmentRankIndex(rank, b);
    const hit = a !== b && (direction === 'up' ? rb < ra : rb > ra) ? 1 : 0;
    ids.push(i);
    if (hit) moved.push(i);
    acc.add(a, i, hit, 1);
  }
  return ratioKpi(direction === 'up' ? 'moved-up' : 'moved-down', moved.length, ids.length, '%', ids.names(ctx.idOf), {
    ru: 'на начало периода нет клиентов с сегментом',
    en: 'no segmented customers at the period start',
  }, { numeratorIds: moved.names(ctx.idOf), bySegment: acc.parts() });
}
