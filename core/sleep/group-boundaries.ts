import { estimateBoundary } from './estimate-boundary';
import type { BoundaryEstimate } from './types';

/** Boundary estimate for one group (segment or track). */
export interface GroupBoundary {
  group: string;
  estimate: BoundaryEstimate;
}

/**
 * The sleep-boundary estimate per group: the gaps of each group's customers pooled, then
 * `estimateBoundary` on each pool (so each group gets its own gap count, or a refusal when it has fewer than
 * `minGaps`). Groups in `order` come first (even without gaps), then others in first-seen order.
 *
 * @example groupBoundaries([[10, 20], [30]], ['A', 'A'], ['A'], { percentile: 100, minGaps: 1 })[0].estimate // → { status: "ok", days: 30, percentile: 100, gaps: 3 }
 */
export function groupBoundaries(
  gapsOf: readonly (readonly number[])[],
  groupOf: readonly string[],
  order: readonly string[],
  options: { percentile: number; minGaps: number },
): GroupBoundary[] {
  const byKey = new Map<string, number[]>();
  for (const k of order) byKey.set(k, []);
  for (let i = 0; i < gapsOf.length; i++) {
    const k = groupOf[i];
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    for (const g of gapsOf[i]) list.push(g);
  }
  return [...byKey].map(([group, gaps]) => ({ group, estimate: estimateBoundary(gaps, options) }));
}
