import type { Lead } from './lead';
import type { SnapshotAt } from './types';
import { NEW_SEGMENT } from './segment-parts';

/** A lead whose recorded segment differs from the customer's segment at the lead's creation date. */
export interface LeadSegmentMismatch {
  leadId: string;
  customerId: string;
  manager: string | null;
  created: number;
  recordedSegment: string;
  segmentAtCreation: string;
  row: number;
}

/**
 * Leads to review for segment gaming: the recorded segment (when the table has one) differs from the segment of
 * the customer as of the creation day — the segment a lead is paid on is fixed by its original date. Customers
 * with no purchase before the creation day have segment `new`. `resolve` maps a lead's customer id to the ledger's
 * canonical id (identity by default).
 *
 * @example leadSegmentMismatches(leads, snapshotAt)[0] // → { leadId: 'L7', recordedSegment: 'Champions', segmentAtCreation: 'Lost', … }
 */
export function leadSegmentMismatches(
  leads: readonly Lead[],
  snapshotAt: SnapshotAt,
  resolve: (customerId: string) => string = (id) => id,
): LeadSegmentMismatch[] {
  const out: LeadSegmentMismatch[] = [];
  for (const l of leads) {
    if (l.recordedSegment === null) continue;
    const a = snapshotAt(l.created).customers.get(resolve(l.customerId));
    const seg = a ? a.segment : NEW_SEGMENT;
    if (seg.toLowerCase() === l.recordedSegment.toLowerCase()) continue;
    out.push({
      leadId: l.id, customerId: l.customerId, manager: l.manager, created: l.created,
      recordedSegment: l.recordedSegment, segmentAtCreation: seg, row: l.row,
    });
  }
  return out;
}

