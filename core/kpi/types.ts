/**
 * Shared types of the KPI area: results, segment snapshots, roles.
 */
import type { BilingualText } from '../segments/types';

/** Unit of a KPI value: percent, percentage points, money in cents, money in cents per customer, counts, a 0..100 score. */
export type KpiUnit = '%' | 'pp' | 'money' | 'money-per-customer' | 'customers' | 'orders' | 'score';

/** Identifiers of the built-in KPIs (see docs/kpi.md). */
export type KpiId =
  | 'reactivation'
  | 'f-growth'
  | 'm-uplift'
  | 'moved-up'
  | 'moved-down'
  | 'lead-conversion'
  | 'win-rate'
  | 'aov-new'
  | 'aov-existing'
  | 'weighted-revenue'
  | 'nrr'
  | 'grr'
  | 'churn'
  | 'cross-sell'
  | 'upsell'
  | 'account-health';

/** The three roles whose scorecards are built. */
export type Role = 'marketing' | 'sales' | 'success';

/**
 * One KPI value with everything needed to check it: `value = numerator / denominator × scale` (scale 100 for `%`,
 * 1 otherwise). When the denominator is zero, `value` is null and `undefinedReason` says why: never NaN or Infinity.
 */
export interface KpiResult {
  id: KpiId;
  /** The value in `unit`, or null when not defined. Percentages are 0..100 (not rounded); money is cents. */
  value: number | null;
  numerator: number;
  denominator: number;
  unit: KpiUnit;
  /** The customers behind the value: the population of the denominator (for sums: the customers summed). */
  customerIds: string[];
  /** The customers counted in the numerator, when it counts customers (e.g. the reactivated ones). */
  numeratorIds?: string[];
  /** Why the value is not defined (e.g. "no lapsed customers at the period start"). */
  undefinedReason?: BilingualText;
  /** Per-segment parts of this KPI (segment at the relevant date, see each formula); numerators and denominators add up. */
  bySegment?: KpiSegmentPart[];
  /** Money behind a share KPI (cross-sell, upsell: the revenue they brought), in cents. */
  revenueCents?: number;
}

/** A KPI's numerator and denominator within one segment. */
export interface KpiSegmentPart {
  segment: string;
  /** Lead channel, for KPIs whose cohort is segment × channel (lead conversion). */
  channel?: string | null;
  value: number | null;
  numerator: number;
  denominator: number;
  customerIds: string[];
}

/** A customer's segment and scores as of one day (the output of an RFM run for that as-of day). */
export interface SegmentAssignment {
  segment: string;
  r: number;
  f: number;
  m: number;
  track: string;
  /** Whole days since the last purchase before the as-of day. */
  recencyDays: number;
  /** The customer's own sleep boundary (personal when sooner than the global one), or null/absent: use the snapshot's. */
  boundaryDays?: number | null;
}

/**
 * Segments of all scored customers as of one day (orders dated on or after `asOf` ignored).
 * Customers with no purchase before `asOf` are absent.
 */
export interface SegmentSnapshot {
  asOf: number;
  customers: ReadonlyMap<string, SegmentAssignment>;
  /** Segment names from best to worst: decides "moved up" / "moved down" (see `segmentRank`). */
  rank: readonly string[];
  /** Global sleep boundary in days at that date, or null when unknown (then lapsed = R score 1 only). */
  sleepBoundaryDays: number | null;
  /**
   * Optional: the scored customers in the ledger's customer order with their ids (an RFM run's rows), so that a
   * pass over `ledger.customers` can pair them by walking both lists instead of looking up `customers`.
   */
  rows?: readonly (SegmentAssignment & { customerId: string })[];
}

/** Segments at any date: `snapshotAt(day)` recomputes (or returns a cached) RFM run as of that day. */
export type SnapshotAt = (day: number) => SegmentSnapshot;
