import type { KpiResult } from './types';
import type { LeadCohort } from './lead-cohorts';
import { ratioKpi } from './kpi-result';
import { SegmentAccumulator } from './segment-parts';

/**
 * Win rate (sales): won deals / all leads created in the period (open ones included) × 100%. Per segment = the
 * cohort at creation. Unit `%`, 0..100.
 *
 * @example winRate(cohorts).value // → 50 (2 won of 4 leads)
 */
export function winRate(leads: readonly LeadCohort[], rank: readonly string[] = []): KpiResult {
  const acc = new SegmentAccumulator('%', rank);
  const ids = new Set<string>();
  let won = 0;
  for (const l of leads) {
    const w = l.lead.status === 'won' ? 1 : 0;
    ids.add(l.customerId);
    won += w;
    acc.add(l.segment, l.customerId, w, 1);
  }
  return ratioKpi('win-rate', won, leads.length, '%', [...ids], {
    ru: 'за период не создано ни одного лида',
    en: 'no leads created in the period',
  }, { bySegment: acc.parts() });
}
