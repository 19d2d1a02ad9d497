import type { KpiResult } from './types';
import type { LeadCohort } from './lead-cohorts';
import { ratioKpi } from './kpi-result';
import { SegmentAccumulator } from './segment-parts';

/**
 * Lead conversion per RFM cohort (sales): won / closed (won + lost) leads created in the period × 100%, with each
 * lead's cohort = (segment at its creation date, channel). Open leads are not in the denominator (they are not
 * processed yet). Unit `%`, 0..100; `bySegment` holds one part per segment × channel.
 *
 * @example leadConversion(cohorts, rank).value // → 66.67 (2 won, 1 lost, 1 open)
 */
export function leadConversion(leads: readonly LeadCohort[], rank: readonly string[] = []): KpiResult {
  const acc = new SegmentAccumulator('%', rank);
  const ids = new Set<string>();
  let won = 0;
  let closed = 0;
  for (const l of leads) {
    if (l.lead.status === 'open') continue;
    const w = l.lead.status === 'won' ? 1 : 0;
    ids.add(l.customerId);
    won += w;
    closed++;
    acc.add(l.segment, l.customerId, w, 1, l.channel);
  }
  return ratioKpi('lead-conversion', won, closed, '%', [...ids], {
    ru: 'за период нет закрытых лидов (выигранных или проигранных)',
    en: 'no closed (won or lost) leads created in the period',
  }, { bySegment: acc.parts() });
}
