/**
 * Test fixture: build a {@link Ledger} directly from simple rows, following the rules in
 * core/ledger/types.ts (rows grouped into orders by customer + order id, or one order per row; orders
 * sorted; customer manager from the latest order that has one). Amounts are in currency units.
 */
import { setOrderCategories } from '../../core/ledger/order-lines';
import type { CategoryAmount, Customer, Ledger, Order } from '../../core/ledger/types';
import { dayFromIso } from '../../core/time/civil-day';

export interface FixtureRow {
  customer: string;
  /** YYYY-MM-DD */
  date: string;
  /** Currency units (converted to cents with Math.round(amount × 100)). */
  amount: number;
  order?: string;
  manager?: string;
  promo?: boolean;
  category?: string;
  name?: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function makeLedger(rows: readonly FixtureRow[]): Ledger {
  const orders = new Map<string, Order>();
  const names = new Map<string, string>();
  const linesOf = new Map<Order, { rows: number[]; categories: CategoryAmount[] }>();
  rows.forEach((row, i) => {
    const day = dayFromIso(row.date);
    if (day === null) throw new Error(`fixture: bad date ${row.date}`);
    const cents = Math.round(row.amount * 100);
    const id = row.order ?? `#${i + 2}`;
    const key = `${row.customer}\u0000${id}`;
    let o = orders.get(key);
    if (!o) {
      o = { id, customerId: row.customer, day, minute: -1, netCents: 0, refundCents: 0, manager: null, channel: null, promo: false, category: null, categorySplit: null, row: i + 2, lineRows: null };
      orders.set(key, o);
      linesOf.set(o, { rows: [], categories: [] });
    }
    const lines = linesOf.get(o) as { rows: number[]; categories: CategoryAmount[] };
    o.day = Math.min(o.day, day);
    o.netCents += cents;
    if (cents < 0) o.refundCents += cents;
    if (row.manager) o.manager = row.manager;
    if (row.promo) o.promo = true;
    if (row.category) {
      const c = lines.categories.find((x) => x.category === row.category);
      if (c) c.cents += cents;
      else lines.categories.push({ category: row.category, cents });
    }
    lines.rows.push(i + 2);
    if (row.name) names.set(row.customer, row.name);
  });
  for (const [o, lines] of linesOf) {
    setOrderCategories(o, lines.categories);
    if (lines.rows.length > 1) o.lineRows = lines.rows;
  }
  const all = [...orders.values()];
  const byCustomer = new Map<string, Order[]>();
  for (const o of all) {
    let list = byCustomer.get(o.customerId);
    if (!list) byCustomer.set(o.customerId, (list = []));
    list.push(o);
  }
  const customers: Customer[] = [...byCustomer.keys()].sort(cmp).map((id) => {
    const list = byCustomer.get(id)!.sort((a, b) => a.day - b.day || a.minute - b.minute || cmp(a.id, b.id));
    let manager: string | null = null;
    for (const o of list) if (o.manager) manager = o.manager;
    return { id, ids: [id], name: names.get(id) ?? null, email: null, phone: null, manager, orders: list };
  });
  all.sort((a, b) => a.day - b.day || a.minute - b.minute || cmp(a.customerId, b.customerId) || cmp(a.id, b.id));
  return {
    customers,
    orders: all,
    merges: [],
    netCents: all.reduce((s, o) => s + o.netCents, 0),
    has: {
      time: false,
      category: rows.some((r) => r.category),
      manager: rows.some((r) => r.manager),
      promo: rows.some((r) => r.promo !== undefined),
      channel: false,
    },
  };
}
