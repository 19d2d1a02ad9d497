import { sortNumbers } from '../rfm/sort-numbers';
import type { ReconciliationLine, ReconciliationLines } from './reconciliation-lines';
import type { BilingualText } from './types';

/** What {@link summarizeSegments} reads per scored customer. */
export interface SummaryInput {
  recencyDays: number;
  /** Purchases in the window. */
  frequency: number;
  /** Net revenue in the window, cents. */
  monetaryCents: number;
}

/** One group's line of the segment table (seed 003 columns). */
export interface SegmentSummaryRow {
  group: string;
  names: BilingualText;
  customers: number;
  /** Share of scored customers, 0..1 (0 when nobody is scored). */
  customerShare: number;
  /** Net revenue in the window, cents. */
  revenueCents: number;
  /** Share of the scored customers' window revenue, 0..1; null when that total is ≤ 0. */
  revenueShare: number | null;
  /** Purchases in the window. */
  orders: number;
  /** revenue / orders, rounded to the cent; null without orders. */
  averageCheckCents: number | null;
  /** orders / customers; null without customers. */
  ordersPerCustomer: number | null;
  /** Median days since last purchase (mean of the middle two for an even count); null without customers. */
  medianRecencyDays: number | null;
}

/** The segment table with lines that reconcile it to the ledger. */
export interface SegmentSummary extends ReconciliationLines {
  rows: SegmentSummaryRow[];
  /** Sum of the rows and the three lines: customers = ledger customers, revenue = ledger net, orders = ledger purchases. */
  total: ReconciliationLine;
  /** Scored customers and their window revenue (the denominators of the shares). */
  scoredCustomers: number;
  scoredRevenueCents: number;
  /** `ledger.netCents`, and whether the total equals it and the customer count equals the ledger's. */
  ledgerNetCents: number;
  reconciles: boolean;
}

function median(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (!n) return null;
  const h = n >> 1;
  return n % 2 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

/**
 * Segment (or track) table: per group customers, % customers, revenue, % revenue, purchases, average check,
 * purchases per customer, median recency — plus the reconciliation lines (see `reconciliationLines`) that
 * make the total equal the ledger to the cent. Groups appear in `order` (all of them, even empty, except
 * those in `dropEmpty` when empty), then any other group found, in first-seen order.
 *
 * @example summarizeSegments(rows, (r) => r.segment, ['Champions'], names, lines, ledger).total.revenueCents // → ledger.netCents
 */
export function summarizeSegments<T extends SummaryInput>(
  inputs: readonly T[],
  groupOf: (input: T) => string,
  order: readonly string[],
  names: (group: string) => BilingualText,
  lines: ReconciliationLines,
  ledger: { netCents: number; customers: readonly unknown[] },
  options: { dropEmpty?: readonly string[] } = {},
): SegmentSummary {
  const index = new Map<string, number>();
  const groups: { key: string; customers: number; revenue: number; orders: number; recency: number[] }[] = [];
  const add = (key: string) => {
    index.set(key, groups.length);
    groups.push({ key, customers: 0, revenue: 0, orders: 0, recency: [] });
  };
  for (const key of order) if (!index.has(key)) add(key);
  let scoredRevenue = 0;
  for (const x of inputs) {
    const key = groupOf(x);
    if (!index.has(key)) add(key);
    const g = groups[index.get(key)!];
    g.customers++;
    g.revenue += x.monetaryCents;
    g.orders += x.frequency;
    g.recency.push(x.recencyDays);
    scoredRevenue += x.monetaryCents;
  }
  const n = inputs.length;
  const drop = new Set(options.dropEmpty ?? []);
  const rows: SegmentSummaryRow[] = groups
    .filter((g) => g.customers > 0 || !drop.has(g.key))
    .map((g) => ({
      group: g.key,
      names: names(g.key),
      customers: g.customers,
      customerShare: n ? g.customers / n : 0,
      revenueCents: g.revenue,
      revenueShare: scoredRevenue > 0 ? g.revenue / scoredRevenue : null,
      orders: g.orders,
      averageCheckCents: g.orders ? Math.round(g.revenue / g.orders) : null,
      ordersPerCustomer: g.customers ? g.orders / g.customers : null,
      medianRecencyDays: median(sortNumbers(g.recency)),
    }));
  const { notScored, beforeWindow, afterAsOf } = lines;
  const total: ReconciliationLine = {
    customers: n + notScored.customers,
    revenueCents: scoredRevenue + notScored.revenueCents + beforeWindow.revenueCents + afterAsOf.revenueCents,
    orders: rows.reduce((s, r) => s + r.orders, 0) + notScored.orders + beforeWindow.orders + afterAsOf.orders,
  };
  return {
    rows,
    notScored: { ...notScored },
    beforeWindow: { ...beforeWindow },
    afterAsOf: { ...afterAsOf },
    total,
    scoredCustomers: n,
    scoredRevenueCents: scoredRevenue,
    ledgerNetCents: ledger.netCents,
    reconciles: total.revenueCents === ledger.netCents && total.customers === ledger.customers.length,
  };
}
