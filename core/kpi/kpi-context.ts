import { orderCategories } from '../ledger/order-lines';
import type { Ledger } from '../ledger/types';
import type { Period } from './period';
import type { SegmentAssignment, SegmentSnapshot, SnapshotAt } from './types';
import { managerAt } from './manager-at';

/** Options shared by the KPI formulas. */
export interface KpiOptions {
  /** Segments whose customers form the "target cohorts" of F growth and M uplift; empty/absent = all segments. */
  targetSegments?: readonly string[];
  /** Weight per segment for segment-weighted revenue; `new` = customers with no purchase before the period; default 1. */
  weights?: Readonly<Record<string, number>>;
  /** Manager per customer id from a customers table; overrides the manager on orders. */
  customerManagers?: ReadonlyMap<string, string>;
}

/**
 * Everything the KPI formulas read, computed once per (ledger, period, base): segment snapshots at the period's
 * start and end, and per-customer activity in the period and in the base period. Arrays are indexed like
 * `ledger.customers`.
 */
export interface KpiContext {
  ledger: Ledger;
  period: Period;
  base: Period;
  start: SegmentSnapshot;
  end: SegmentSnapshot;
  snapshotAt: SnapshotAt;
  options: KpiOptions;
  /** Segment at the period start, or null when not scored then (no purchase before the start: a new customer). */
  segStart: (string | null)[];
  segEnd: (string | null)[];
  /** Lapsed at the start: R score 1, or days since last purchase ≥ the sleep boundary. */
  lapsedStart: Uint8Array;
  lapsedEnd: Uint8Array;
  /** Purchases (orders with net > 0) and net revenue (all orders, refunds included) in the period, cents. */
  purchasesP: Int32Array;
  netP: Float64Array;
  /** Sum of the purchases' net amounts in the period (for AOV), cents. */
  purchaseCentsP: Float64Array;
  purchasesB: Int32Array;
  netB: Float64Array;
  /** Day of the first purchase ever (Infinity when none). */
  firstPurchaseDay: Float64Array;
  /** Net revenue in the period in categories the customer had not bought before the period start, cents. */
  newCategoryCentsP: Float64Array;
  /** Manager of each customer at the period end (customers table, else latest order up to the end). */
  manager: (string | null)[];
  /** The id of the customer at an index. */
  idOf: (index: number) => string;
}

/** Index of the first order dated on or after `day` (orders are sorted by day). */
function lowerBound(orders: readonly { day: number }[], day: number): number {
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orders[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each ledger customer's assignment in a snapshot (undefined when not scored), by index: a walk along the
 * snapshot's `rows` when they are in ledger order (an RFM run of this ledger), else lookups in `customers`.
 */
function alignedRows(ledger: Ledger, snap: SegmentSnapshot): (SegmentAssignment | undefined)[] {
  const customers = ledger.customers;
  const n = customers.length;
  const out: (SegmentAssignment | undefined)[] = new Array(n).fill(undefined);
  const rows = snap.rows;
  if (rows) {
    let j = 0;
    for (let i = 0; i < n && j < rows.length; i++) {
      if (rows[j].customerId === customers[i].id) out[i] = rows[j++];
    }
    if (j === rows.length) return out;
    out.fill(undefined);
  }
  for (let i = 0; i < n; i++) out[i] = snap.customers.get(customers[i].id);
  return out;
}

/**
 * Lapsed in a snapshot: scored with R score 1, or with days since the last purchase at or beyond the sleep boundary
 * (the customer's own when given, else the global one).
 * @example isLapsed({ segment: 'Lost', r: 1, f: 1, m: 1, track: 'churned', recencyDays: 400 }, 84) // → true
 */
export function isLapsed(
  a: { r: number; recencyDays: number; boundaryDays?: number | null } | undefined,
  boundary: number | null,
): boolean {
  if (!a) return false;
  const b = a.boundaryDays ?? boundary;
  return a.r === 1 || (b !== null && a.recencyDays >= b);
}

/**
 * Build the {@link KpiContext} for a period and its base: two segment snapshots (start, end) and one pass over
 * every customer's orders. Cost: O(orders) plus the two RFM runs (cached by `snapshotAt`).
 *
 * @example buildKpiContext(ledger, parsePeriod('2025-Q3'), basePeriod(parsePeriod('2025-Q3')), snapshotAt).segStart.length // → ledger.customers.length
 */
export function buildKpiContext(
  ledger: Ledger,
  period: Period,
  base: Period,
  snapshotAt: SnapshotAt,
  options: KpiOptions = {},
): KpiContext {
  const start = snapshotAt(period.start);
  const end = snapshotAt(period.end);
  const n = ledger.customers.length;
  const ctx: KpiContext = {
    ledger,
    period,
    base,
    start,
    end,
    snapshotAt,
    options,
    segStart: new Array(n),
    segEnd: new Array(n),
    lapsedStart: new Uint8Array(n),
    lapsedEnd: new Uint8Array(n),
    purchasesP: new Int32Array(n),
    netP: new Float64Array(n),
    purchaseCentsP: new Float64Array(n),
    purchasesB: new Int32Array(n),
    netB: new Float64Array(n),
    firstPurchaseDay: new Float64Array(n),
    newCategoryCentsP: new Float64Array(n),
    manager: new Array(n),
    idOf: (index: number) => ledger.customers[index].id,
  };
  const withCategories = ledger.has.category;
  // Category → small index, and per index the last customer (i + 1) who bought it before the period.
  const categories = new Map<string, number>();
  // The first 16 names (the usual case: a handful of categories, interned strings) are matched by a short scan
  // before the Map, which would cost a hash lookup per order line.
  const recent: string[] = [];
  let stamp = new Int32Array(64);
  const categoryIndex = (name: string): number => {
    for (let x = 0; x < recent.length; x++) if (recent[x] === name) return x;
    let k = categories.get(name);
    if (k === undefined) {
      k = categories.size;
      categories.set(name, k);
      if (k >= stamp.length) {
        const grown = new Int32Array(stamp.length * 2);
        grown.set(stamp);
        stamp = grown;
      }
      if (k < 16) recent.push(name);
    }
    return k;
  };
  const segStart = alignedRows(ledger, start);
  const segEnd = alignedRows(ledger, end);
  for (let i = 0; i < n; i++) {
    const c = ledger.customers[i];
    const s = segStart[i];
    const e = segEnd[i];
    ctx.segStart[i] = s ? s.segment : null;
    ctx.segEnd[i] = e ? e.segment : null;
    ctx.lapsedStart[i] = isLapsed(s, start.sleepBoundaryDays) ? 1 : 0;
    ctx.lapsedEnd[i] = isLapsed(e, end.sleepBoundaryDays) ? 1 : 0;
    ctx.manager[i] = managerAt(c, period.end, options.customerManagers);
    const orders = c.orders;
    let first = Infinity;
    for (let k = 0; k < orders.length && orders[k].day < period.end; k++) {
      if (orders[k].netCents > 0) {
        first = orders[k].day;
        break;
      }
    }
    let pP = 0;
    let nP = 0;
    let pcP = 0;
    let pB = 0;
    let nB = 0;
    let newCat = 0;
    for (let k = lowerBound(orders, base.start); k < orders.length && orders[k].day < base.end; k++) {
      nB += orders[k].netCents;
      if (orders[k].netCents > 0) pB++;
    }
    const iS = lowerBound(orders, period.start);
    let iE = iS;
    for (; iE < orders.length && orders[iE].day < period.end; iE++) {
      const o = orders[iE];
      nP += o.netCents;
      if (o.netCents > 0) {
        pP++;
        pcP += o.netCents;
      }
    }
    if (withCategories && iE > iS) {
      // Categories bought before the period (only for customers who ordered in it): stamp[category] = i + 1.
      for (let k = 0; k < iS; k++) {
        const o = orders[k];
        if (o.netCents <= 0) continue;
        for (const ca of orderCategories(o)) {
          if (ca.cents <= 0) continue;
          const x = categoryIndex(ca.category); // may grow `stamp`: index first
          stamp[x] = i + 1;
        }
      }
      for (let k = iS; k < iE; k++) {
        for (const ca of orderCategories(orders[k])) {
          const x = categoryIndex(ca.category);
          if (stamp[x] !== i + 1) newCat += ca.cents;
        }
      }
    }
    ctx.firstPurchaseDay[i] = first;
    ctx.purchasesP[i] = pP;
    ctx.netP[i] = nP;
    ctx.purchaseCentsP[i] = pcP;
    ctx.purchasesB[i] = pB;
    ctx.netB[i] = nB;
    ctx.newCategoryCentsP[i] = newCat;
  }
  return ctx;
}
