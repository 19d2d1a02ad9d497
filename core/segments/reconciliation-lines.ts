import { orderTable } from '../ledger/order-table';
import type { Ledger } from '../ledger/types';

/** A reconciliation line: money and purchases of the ledger that no segment row shows. */
export interface ReconciliationLine {
  /** Customers counted on this line (only `notScored` counts customers; the others count 0 to avoid double counting). */
  customers: number;
  revenueCents: number;
  /** Purchases (orders with net > 0). */
  orders: number;
}

/** The three lines that reconcile a segment table to the ledger. */
export interface ReconciliationLines {
  /** Customers with no purchase before the as-of day, and the net of their orders inside the window. */
  notScored: ReconciliationLine;
  /** Orders dated before the window (all customers). Zero when the window is all history. */
  beforeWindow: ReconciliationLine;
  /** Orders dated on or after the as-of day (ignored by the run). */
  afterAsOf: ReconciliationLine;
}

/**
 * Money and purchases outside the scored customers' window: the not-scored customers (their window net),
 * orders before the window start, and orders on or after the as-of day. Segment rows + these lines = the
 * ledger. One pass over the ledger's order columns ({@link orderTable}).
 *
 * @example reconciliationLines(ledger, { asOf, windowStart: null, unscored: [] }).beforeWindow // → { customers: 0, revenueCents: 0, orders: 0 }
 */
export function reconciliationLines(
  ledger: Ledger,
  context: { asOf: number; windowStart: number | null; unscored: readonly { netCentsInWindow: number }[] },
): ReconciliationLines {
  const notScored: ReconciliationLine = { customers: context.unscored.length, revenueCents: 0, orders: 0 };
  for (const u of context.unscored) notScored.revenueCents += u.netCentsInWindow;
  const beforeWindow: ReconciliationLine = { customers: 0, revenueCents: 0, orders: 0 };
  const afterAsOf: ReconciliationLine = { customers: 0, revenueCents: 0, orders: 0 };
  const ws = context.windowStart ?? -Infinity;
  const asOf = context.asOf;
  const { day, netCents } = orderTable(ledger);
  for (let p = 0; p < day.length; p++) {
    const net = netCents[p];
    if (day[p] >= asOf) {
      afterAsOf.revenueCents += net;
      if (net > 0) afterAsOf.orders++;
    } else if (day[p] < ws) {
      beforeWindow.revenueCents += net;
      if (net > 0) beforeWindow.orders++;
    }
  }
  return { notScored, beforeWindow, afterAsOf };
}
