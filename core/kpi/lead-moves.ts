import type { Lead } from './lead';

/** A lead whose manager or recorded segment changed between rows of the leads table. */
export interface LeadMove {
  leadId: string;
  customerId: string;
  kind: 'manager' | 'segment';
  from: string | null;
  to: string | null;
  /** Source rows of the two versions. */
  rows: [number, number];
}

/**
 * Deals moved after creation: for each lead with several rows (its history), every change of manager or of
 * recorded segment from one row to the next.
 *
 * @example leadMoves(leads)[0] // → { leadId: 'L3', kind: 'manager', from: 'Анна', to: 'Борис', rows: [4, 9] }
 */
export function leadMoves(leads: readonly Lead[]): LeadMove[] {
  const out: LeadMove[] = [];
  for (const l of leads) {
    for (let k = 1; k < l.versions.length; k++) {
      const a = l.versions[k - 1];
      const b = l.versions[k];
      if ((a.manager ?? '') !== (b.manager ?? '')) {
        out.push({ leadId: l.id, customerId: l.customerId, kind: 'manager', from: a.manager, to: b.manager, rows: [a.row, b.row] });
      }
      if ((a.recordedSegment ?? '') !== (b.recordedSegment ?? '')) {
        out.push({ leadId: l.id, customerId: l.customerId, kind: 'segment', from: a.recordedSegment, to: b.recordedSegment, rows: [a.row, b.row] });
      }
    }
  }
  return out;
}
