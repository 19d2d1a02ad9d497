import type { Ledger } from '../ledger/types';
import type { SnapshotAt } from './types';
import { NEW_SEGMENT } from './segment-parts';
import { segmentRankIndex } from './segment-rank-index';

/** One cell of the migration matrix: customers in segment `from` at the start and `to` at the end. */
export interface MigrationCell {
  /** Segment at the start, or `new` for customers with no purchase before the start. */
  from: string;
  to: string;
  customers: number;
  /** Net revenue of these customers in [from, to), cents. */
  revenueCents: number;
  customerIds: string[];
  movement: 'stayed' | 'up' | 'down' | 'new';
}

/** Segment migration between two dates. */
export interface MigrationMatrix {
  from: number;
  to: number;
  /** Row order (segments best first, then `new`) and column order (segments best first). */
  rows: string[];
  columns: string[];
  /** Non-empty cells, row-major in the row/column order. */
  cells: MigrationCell[];
  /** Customers scored at the start, new customers, and (their sum) customers scored at the end. */
  startCustomers: number;
  newCustomers: number;
  endCustomers: number;
  /** Shares of the end customers (0..100): stayed + up + down + new = 100 when there is anyone. Null when no customers. */
  shares: { stayed: number | null; up: number | null; down: number | null; new: number | null };
  counts: { stayed: number; up: number; down: number; new: number };
  /** Net revenue in the window of customers not scored at the end (only refunds or zero orders), so cells + this = ledger net in the window. */
  unscoredRevenueCents: number;
  unscoredCustomerIds: string[];
}

/**
 * Migration matrix of segments at `from` × segments at `to` (both as-of days: orders before the day count), with
 * customers and the window's net revenue per cell, the customers of each cell, and the shares that stayed, moved
 * up, moved down (by the best-first segment rank) and are new (no purchase before `from`). Totals: customers at
 * the start + new ones = customers at the end; revenue of the cells + unscored = ledger net revenue in [from, to).
 *
 * @example migrationMatrix(ledger, dayFromIso('2025-07-01')!, dayFromIso('2025-10-01')!, snapshotAt).newCustomers // → 1
 */
export function migrationMatrix(ledger: Ledger, from: number, to: number, snapshotAt: SnapshotAt): MigrationMatrix {
  const a = snapshotAt(from);
  const b = snapshotAt(to);
  const rank = b.rank;
  const cells = new Map<string, MigrationCell>();
  const counts = { stayed: 0, up: 0, down: 0, new: 0 };
  let start = 0;
  let unscoredRevenue = 0;
  const unscoredIds: string[] = [];
  const segs = new Set<string>();
  for (const c of ledger.customers) {
    let rev = 0;
    for (const o of c.orders) if (o.day >= from && o.day < to) rev += o.netCents;
    const sa = a.customers.get(c.id);
    const sb = b.customers.get(c.id);
    if (!sb) {
      if (rev !== 0 || c.orders.some((o) => o.day >= from && o.day < to)) {
        unscoredRevenue += rev;
        unscoredIds.push(c.id);
      }
      continue;
    }
    const fromSeg = sa ? sa.segment : NEW_SEGMENT;
    if (sa) {
      start++;
      segs.add(sa.segment);
    }
    segs.add(sb.segment);
    let movement: MigrationCell['movement'];
    if (!sa) movement = 'new';
    else if (sa.segment === sb.segment) movement = 'stayed';
    else movement = segmentRankIndex(rank, sb.segment) < segmentRankIndex(rank, sa.segment) ? 'up' : 'down';
    counts[movement]++;
    const key = `${fromSeg}\u0000${sb.segment}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { from: fromSeg, to: sb.segment, customers: 0, revenueCents: 0, customerIds: [], movement }));
    cell.customers++;
    cell.revenueCents += rev;
    cell.customerIds.push(c.id);
  }
  const ordered = [...segs].sort((x, y) => segmentRankIndex(rank, x) - segmentRankIndex(rank, y) || (x < y ? -1 : 1));
  const rows = [...ordered, NEW_SEGMENT];
  const pos = (s: string) => (s === NEW_SEGMENT ? ordered.length : ordered.indexOf(s));
  const list = [...cells.values()].sort((x, y) => pos(x.from) - pos(y.from) || pos(x.to) - pos(y.to));
  const end = start + counts.new;
  const share = (k: number) => (end === 0 ? null : (k / end) * 100);
  return {
    from, to, rows, columns: ordered, cells: list,
    startCustomers: start, newCustomers: counts.new, endCustomers: end,
    shares: { stayed: share(counts.stayed), up: share(counts.up), down: share(counts.down), new: share(counts.new) },
    counts,
    unscoredRevenueCents: unscoredRevenue,
    unscoredCustomerIds: unscoredIds,
  };
}
