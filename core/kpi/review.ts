import type { Ledger } from '../ledger/types';
import type { Period } from './period';
import type { SnapshotAt } from './types';
import type { Lead } from './lead';
import type { Scorecard } from './scorecard';
import { findSplitOrders, type SplitOrderFlag, type SplitOrderOptions } from './find-split-orders';
import { leadSegmentMismatches, type LeadSegmentMismatch } from './lead-segment-mismatches';
import { leadMoves, type LeadMove } from './lead-moves';
import { concentrationFlags, type ConcentrationFlag } from './concentration-flags';

/** Everything the anti-gaming review lists for a period (nothing is corrected). */
export interface Review {
  period: Period;
  splitOrders: SplitOrderFlag[];
  leadSegmentMismatches: LeadSegmentMismatch[];
  leadMoves: LeadMove[];
  concentration: ConcentrationFlag[];
}

/**
 * The anti-gaming review of a period: possible order splitting (groups starting in the period), leads created in the
 * period whose recorded segment differs from the segment at creation, leads moved between managers or segments, and
 * concentration flags from the scorecard (when given). For manual review; no number is changed.
 *
 * @example buildReview({ ledger, period, snapshotAt }).splitOrders.length // → 1
 */
export function buildReview(input: {
  ledger: Ledger;
  period: Period;
  snapshotAt: SnapshotAt;
  leads?: readonly Lead[] | null;
  scorecard?: Scorecard | null;
  split?: SplitOrderOptions;
  resolveCustomer?: (id: string) => string;
}): Review {
  const { ledger, period } = input;
  const leads = (input.leads ?? []).filter((l) => l.created >= period.start && l.created < period.end);
  return {
    period,
    splitOrders: findSplitOrders(ledger, { ...input.split, from: period.start, to: period.end }),
    leadSegmentMismatches: leadSegmentMismatches(leads, input.snapshotAt, input.resolveCustomer),
    leadMoves: leadMoves(leads),
    concentration: input.scorecard ? concentrationFlags(input.scorecard.rows) : [],
  };
}
