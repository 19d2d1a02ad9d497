import type { SuggestedAction } from '../segments/types';
import { leadDaysFor } from './lead-days-for';

/** What {@link findAlerts} needs to know about a scored customer. */
export interface AlertCandidate {
  customerId: string;
  name: string | null;
  manager: string | null;
  segment: string;
  recencyDays: number;
  /** The boundary that applies to this customer (personal when sooner, else global), or null when none. */
  boundaryDays: number | null;
  boundarySource: 'global' | 'manual' | 'personal' | null;
  monetaryCents: number;
  action: SuggestedAction;
}

/** A customer to contact now. */
export interface SleepAlert extends AlertCandidate {
  /** `approaching`: recency in [boundary − lead, boundary); `crossed`: crossed within the last `crossedDays` days. */
  status: 'approaching' | 'crossed';
  boundaryDays: number;
  /** boundary − recency: days left (> 0) when approaching, 0 or negative (days since crossing, negated) when crossed. */
  daysLeft: number;
  /** The lead used for this customer: the configured one, or a proportionally shorter one for a personal boundary (see {@link leadDaysFor}). */
  leadDays: number;
  /** Value at risk in cents: the customer's net revenue in the window, floored at 0 — what a year like the last would bring. */
  valueAtRiskCents: number;
}

/**
 * Sleep alerts as of D: customers whose days since last purchase lie in [boundary − lead, boundary)
 * ("approaching") or in [boundary, boundary + crossedDays) ("just crossed", i.e. the boundary was crossed
 * within the last `crossedDays` days). Sorted by value at risk (descending), then days left, then id.
 * For a personal boundary the lead shrinks in proportion to the global boundary ({@link leadDaysFor});
 * without `globalBoundaryDays` every customer gets the configured lead.
 *
 * @example findAlerts([{ …, recencyDays: 75, boundaryDays: 84, monetaryCents: 5000 }], { leadDays: 14, crossedDays: 7 })[0].daysLeft // → 9
 */
export function findAlerts(
  candidates: readonly AlertCandidate[],
  options: { leadDays: number; crossedDays: number; globalBoundaryDays?: number | null },
): SleepAlert[] {
  const alerts: SleepAlert[] = [];
  for (const c of candidates) {
    if (c.boundaryDays === null) continue;
    const b = c.boundaryDays;
    const r = c.recencyDays;
    const lead = leadDaysFor(b, options.globalBoundaryDays ?? null, options.leadDays, c.boundarySource === 'personal');
    let status: SleepAlert['status'] | null = null;
    if (r >= b - lead && r < b) status = 'approaching';
    else if (r >= b && r < b + options.crossedDays) status = 'crossed';
    if (!status) continue;
    alerts.push({ ...c, boundaryDays: b, status, daysLeft: b - r, leadDays: lead, valueAtRiskCents: Math.max(0, c.monetaryCents) });
  }
  alerts.sort(
    (a, b) =>
      b.valueAtRiskCents - a.valueAtRiskCents ||
      a.daysLeft - b.daysLeft ||
      (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
  );
  return alerts;
}
