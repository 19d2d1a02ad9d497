import { orderRows } from '../ledger/order-lines';
import type { Ledger, Order } from '../ledger/types';

/** Two or more orders of one customer close in time whose sum looks like one of the customer's usual orders. */
export interface SplitOrderFlag {
  customerId: string;
  /** Manager on the orders (last non-empty), else the customer's manager. */
  manager: string | null;
  orderIds: string[];
  /** Day of the first order of the group. */
  day: number;
  /** Hours between the first and the last order of the group (days × 24 when the source has no time). */
  spanHours: number;
  sumCents: number;
  /** Median of the customer's other orders (groups counted as one order each), cents. */
  usualCents: number;
  /** Source rows of the orders. */
  rows: number[];
}

/** Options of the order-splitting check. */
export interface SplitOrderOptions {
  /** Orders within this many hours of the group's first order form a group (default 48). */
  hours?: number;
  /** "Looks like a usual order": |sum − median| ≤ tolerance × median (default 0.25). */
  tolerance?: number;
  /** Minimum number of the customer's other orders to know what "usual" is (default 2). */
  minOtherOrders?: number;
  /** Only groups whose first order lies in [from, to) (day numbers). */
  from?: number;
  to?: number;
}

/** Minutes since 1970 of an order; the start of the day when the time is unknown. */
const at = (o: Order): number => o.day * 1440 + (o.minute >= 0 ? o.minute : 0);

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/**
 * Possible order splitting (listed for manual review, never corrected): purchases (net > 0) of one customer are
 * grouped greedily — an order joins the group when it is within `hours` of the group's first order. A group of two
 * or more orders is flagged when its sum looks like one usual order of that customer: |sum − median| ≤ tolerance ×
 * median, where the median is over the customer's other purchases (each other group counted as one merged order),
 * and there are at least `minOtherOrders` of them.
 *
 * @example findSplitOrders(ledger, { hours: 48 })[0] // → { customerId: 'x', orderIds: ['o2', 'o3'], sumCents: 10000, usualCents: 10000, … }
 */
export function findSplitOrders(ledger: Ledger, options: SplitOrderOptions = {}): SplitOrderFlag[] {
  const windowMin = (options.hours ?? 48) * 60;
  const tol = options.tolerance ?? 0.25;
  const minOther = options.minOtherOrders ?? 2;
  const out: SplitOrderFlag[] = [];
  for (const c of ledger.customers) {
    const buys = c.orders.filter((o) => o.netCents > 0);
    if (buys.length < minOther + 2) continue;
    const groups: Order[][] = [];
    for (const o of buys) {
      const g = groups[groups.length - 1];
      if (g && at(o) - at(g[0]) <= windowMin) g.push(o);
      else groups.push([o]);
    }
    if (groups.length === buys.length) continue;
    const sums = groups.map((g) => g.reduce((s, o) => s + o.netCents, 0));
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (g.length < 2) continue;
      if (options.from !== undefined && g[0].day < options.from) continue;
      if (options.to !== undefined && g[0].day >= options.to) continue;
      const others = sums.filter((_, j) => j !== k);
      if (others.length < minOther) continue;
      const usual = median(others);
      if (!(Math.abs(sums[k] - usual) <= tol * usual)) continue;
      let manager: string | null = null;
      for (const o of g) if (o.manager) manager = o.manager;
      out.push({
        customerId: c.id,
        manager: manager ?? c.manager,
        orderIds: g.map((o) => o.id),
        day: g[0].day,
        spanHours: (at(g[g.length - 1]) - at(g[0])) / 60,
        sumCents: sums[k],
        usualCents: Math.round(usual),
        rows: g.flatMap((o) => orderRows(o)),
      });
    }
  }
  return out;
}
