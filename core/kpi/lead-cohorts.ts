import type { KpiContext } from './kpi-context';
import type { Lead } from './lead';
import { NEW_SEGMENT } from './segment-parts';

/** A lead created in the period, with its cohort fixed at its creation date. */
export interface LeadCohort {
  lead: Lead;
  /** Canonical ledger customer id (or the lead's own id when the ledger does not know the customer). */
  customerId: string;
  /** Customer's segment as of the creation day (`new` when the customer had no purchase before it). */
  segment: string;
  /** Lead channel (the cohort's second key). */
  channel: string | null;
  /** The lead's manager, else the customer's manager at the period end, else null. */
  manager: string | null;
}

const cache = new WeakMap<KpiContext, WeakMap<readonly Lead[], LeadCohort[]>>();

/**
 * Leads created in the period with their RFM cohort fixed by their creation date: the segment is read from the
 * snapshot as of the creation day (orders on or after that day are ignored), so a later purchase cannot move a
 * lead to another cohort. Cost: one RFM run per distinct creation day (cached by `snapshotAt`).
 *
 * @example leadCohorts(ctx, leads)[0].segment // → "Champions"
 */
export function leadCohorts(ctx: KpiContext, leads: readonly Lead[]): LeadCohort[] {
  let byLeads = cache.get(ctx);
  if (!byLeads) cache.set(ctx, (byLeads = new WeakMap()));
  const hit = byLeads.get(leads);
  if (hit) return hit;
  const index = customerIndex(ctx);
  const out: LeadCohort[] = [];
  for (const lead of leads) {
    if (lead.created < ctx.period.start || lead.created >= ctx.period.end) continue;
    const i = index.get(lead.customerId) ?? index.get(lead.customerId.toLowerCase());
    const customerId = i === undefined ? lead.customerId : ctx.ledger.customers[i].id;
    const a = ctx.snapshotAt(lead.created).customers.get(customerId);
    out.push({
      lead,
      customerId,
      segment: a ? a.segment : NEW_SEGMENT,
      channel: lead.channel,
      manager: lead.manager ?? (i === undefined ? null : ctx.manager[i]),
    });
  }
  byLeads.set(leads, out);
  return out;
}

const indexCache = new WeakMap<KpiContext, Map<string, number>>();

/**
 * Map from every customer id of the ledger (merged ids too, and their lower-case forms) to the customer's index.
 * @example customerIndex(ctx).get('c1') // → 0
 */
export function customerIndex(ctx: KpiContext): Map<string, number> {
  let m = indexCache.get(ctx);
  if (m) return m;
  m = new Map();
  ctx.ledger.customers.forEach((c, i) => {
    for (const id of c.ids) {
      m!.set(id, i);
      if (!m!.has(id.toLowerCase())) m!.set(id.toLowerCase(), i);
    }
  });
  indexCache.set(ctx, m);
  return m;
}
