import type { IdentityGraph } from './identity-graph';
import { CONTACT_EMAIL, CONTACT_NAME, CONTACT_PHONE } from './latest-contacts';
import { joinOrderLines } from './order-lines';
import type { OrderColumns } from './order-columns';
import { AssembledCustomer, lazyLedger } from './ledger-orders';
import type { Ledger, Order } from './types';

/**
 * Latest non-empty name, e-mail and phone per identity key, with the day they were seen, read where the ingester
 * keeps them (its LatestContacts): six lists with an entry per key, made only to be read once here, were the
 * largest thing allocated while a million one-off customers' ledger was assembled, at its peak of memory.
 */
export interface RowCustomerInfo {
  /** False when no key has a name, e-mail or phone kept (every customer's are then null). */
  readonly any: boolean;
  /** Key k's latest `field` (CONTACT_NAME, CONTACT_EMAIL or CONTACT_PHONE), or null. */
  value(k: number, field: number): string | null;
  /** The day key k's latest `field` was seen (-Infinity when none). */
  day(k: number, field: number): number;
}

/** The latest `field` among the keys of one customer (a later or equal day wins). */
function latestOf(info: RowCustomerInfo, field: number, keys: number[]): string | null {
  let best: string | null = null;
  let bestDay = -Infinity;
  for (const k of keys) {
    const v = info.value(k, field);
    if (v === null) continue;
    const day = info.day(k, field);
    if (day >= bestDay) {
      best = v;
      bestDay = day;
    }
  }
  return best;
}

/**
 * Positions of `ids` in code-unit (string) order. Ids made only of digits (up to 15) are compared
 * through a numeric key that keeps string order (base 11, 0 = end of text), which avoids touching
 * the strings during the sort.
 * @example sortIndexById(['9', '10', 'a']) // → Int32Array [1, 0, 2] ("10" < "9" < "a")
 */
function sortIndexById(ids: string[]): Int32Array {
  const n = ids.length;
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  const keys = new Float64Array(n);
  let numeric = true;
  for (let i = 0; i < n && numeric; i++) {
    const s = ids[i];
    if (s.length > 15) {
      numeric = false;
      break;
    }
    let k = 0;
    for (let j = 0; j < 15; j++) {
      let d = 0;
      if (j < s.length) {
        d = s.charCodeAt(j) - 47; // '0' → 1 … '9' → 10
        if (d < 1 || d > 10) {
          numeric = false;
          break;
        }
      }
      k = k * 11 + d;
    }
    keys[i] = k;
  }
  if (numeric) index.sort((a, b) => keys[a] - keys[b]);
  else index.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  return index;
}

/**
 * Builds the ledger from the ingester's orders (keyed by identity key): resolves each key to its canonical
 * customer, joins orders of merged accounts that share an order id, sorts each customer's orders by day,
 * minute, id, the customers by id and all orders by day, minute, customer, id. Works on index arrays and
 * counting sorts so the cost stays linear in the number of orders. Packed day/minute codes are
 * `day * 2048 + minute + 1`.
 *
 * No order object is made here (but for orders joined above, as objects): the ledger reads the columns (its
 * OrderTable), and `customer.orders` and `ledger.orders` make each order's object the first time they are read
 * (see lazyLedger).
 * @returns the ledger and its number of purchases (orders with net > 0)
 * @example assembleLedger(graph, info, new OrderColumns(), has).ledger.customers // → []
 */
export function assembleLedger(
  identity: IdentityGraph,
  info: RowCustomerInfo,
  columns: OrderColumns,
  has: Ledger['has'],
): { ledger: Ledger; purchases: number } {
  const { keys: orderKeys, codes: orderCodes, nets: orderNets } = columns;
  const canonical = identity.canonicalKeys();
  const nKeys = identity.ids.length;
  /** Order objects made so far (by order number): joined orders at once, the rest when first read. */
  const objects: (Order | undefined)[] = [];

  // Customers, one per canonical key, in first-seen order.
  const customerOf = new Int32Array(nKeys).fill(-1);
  const groupSize = new Int32Array(nKeys);
  for (let k = 0; k < nKeys; k++) groupSize[canonical[k]]++;
  const keysOf = new Map<number, number[]>();
  const customers: AssembledCustomer[] = [];
  for (let k = 0; k < nKeys; k++) {
    const c = canonical[k];
    let ci = customerOf[c];
    if (ci < 0) {
      ci = customers.length;
      customerOf[c] = ci;
      // `orders` is added by lazyLedger, as the last property.
      customers.push(new AssembledCustomer(identity.ids[c]));
    }
    if (k !== c && identity.synthetic.data[k] === 0) customers[ci].ids.push(identity.ids[k]);
    if (groupSize[c] > 1) {
      const list = keysOf.get(c);
      if (list) list.push(k);
      else keysOf.set(c, [k]);
    }
  }
  if (info.any) {
    for (let k = 0; k < nKeys; k++) {
      if (canonical[k] !== k) continue;
      const customer = customers[customerOf[k]];
      const keys = keysOf.get(k);
      if (keys === undefined) {
        customer.name = info.value(k, CONTACT_NAME);
        customer.email = info.value(k, CONTACT_EMAIL);
        customer.phone = info.value(k, CONTACT_PHONE);
      } else {
        customer.name = latestOf(info, CONTACT_NAME, keys);
        customer.email = latestOf(info, CONTACT_EMAIL, keys);
        customer.phone = latestOf(info, CONTACT_PHONE, keys);
      }
    }
  }

  // Pass over orders in creation order: customer, joins of merged accounts' orders, totals.
  const n = columns.size;
  const orderCustomer = new Int32Array(n).fill(-1); // -1: joined into an earlier order
  let joined: Map<string, number> | null = null;
  let netCents = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let alive = 0;
  for (let i = 0; i < n; i++) {
    const c = canonical[orderKeys[i]];
    const day = Math.floor(orderCodes[i] / 2048);
    netCents += orderNets[i];
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
    const ci = customerOf[c];
    if (groupSize[c] > 1) {
      // Merged accounts: one order per order id, joined as objects (merges are few).
      const id = columns.id(i);
      if (id !== '') {
        if (joined === null) joined = new Map();
        const key = `${id}\u0001${c}`;
        const at = joined.get(key);
        if (at !== undefined) {
          const into = (objects[at] ??= columns.toOrder(at, customers[ci].id));
          joinOrder(into, columns.toOrder(i, customers[ci].id));
          orderNets[at] += orderNets[i];
          if (orderCodes[i] < orderCodes[at]) orderCodes[at] = orderCodes[i];
          continue;
        }
        joined.set(key, i);
      }
    }
    orderCustomer[i] = ci;
    alive++;
  }
  let purchases = 0;
  for (let i = 0; i < n; i++) if (orderCustomer[i] >= 0 && orderNets[i] > 0) purchases++;

  // Customers by id; orders grouped by customer (counting sort, stable), then sorted within each.
  const nc = customers.length;
  const byId = sortIndexById(customers.map((c) => c.id));
  const rank = new Int32Array(nc);
  for (let r = 0; r < nc; r++) rank[byId[r]] = r;
  const start = new Int32Array(nc + 1);
  for (let i = 0; i < n; i++) if (orderCustomer[i] >= 0) start[rank[orderCustomer[i]] + 1]++;
  for (let r = 0; r < nc; r++) start[r + 1] += start[r];
  const grouped = new Int32Array(alive);
  const fill = start.slice(0, nc);
  for (let i = 0; i < n; i++) if (orderCustomer[i] >= 0) grouped[fill[rank[orderCustomer[i]]]++] = i;
  const byCodeThenId = (a: number, b: number): number => {
    const d = orderCodes[a] - orderCodes[b];
    if (d !== 0) return d;
    const x = columns.orderId(a);
    const y = columns.orderId(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const manager = (i: number): string | null => {
    const joined = objects[i];
    return joined ? joined.manager : columns.manager(i);
  };
  const sortedCustomers = new Array<AssembledCustomer>(nc);
  for (let r = 0; r < nc; r++) {
    const customer = customers[byId[r]];
    sortedCustomers[r] = customer;
    const s = start[r];
    const e = start[r + 1];
    for (let j = s + 1; j < e; j++) {
      if (byCodeThenId(grouped[j - 1], grouped[j]) > 0) {
        grouped.subarray(s, e).sort(byCodeThenId);
        break;
      }
    }
    if (has.manager) {
      for (let j = e - 1; j >= s; j--) {
        const m = manager(grouped[j]);
        if (m !== null) {
          customer.manager = m;
          break;
        }
      }
    }
  }

  // `ledger.orders` is put in date order only when something reads it (scoring never does).
  const byDate = (): Int32Array => sortByDate(grouped, orderCodes, has.time, minDay, maxDay);
  const ledger = lazyLedger(columns, sortedCustomers, grouped, start, byDate, objects, { merges: identity.merges(canonical), netCents, has });
  return { ledger, purchases };
}

/**
 * The order numbers of `grouped` (customer after customer) by day and minute, customers staying in their order
 * within a minute: a counting sort keyed by the packed day/minute code when the span is small enough, else by
 * day and then minute (stable).
 */
function sortByDate(grouped: Int32Array, orderCodes: Float64Array, time: boolean, minDay: number, maxDay: number): Int32Array {
  const alive = grouped.length;
  const sorted = new Int32Array(alive);
  if (alive === 0) return sorted;
  const byCode = time && (maxDay - minDay + 1) * 2048 <= 1 << 24;
  const base = byCode ? minDay * 2048 : minDay;
  const span = byCode ? (maxDay - minDay + 1) * 2048 : maxDay - minDay + 1;
  const slot = (i: number): number => (byCode ? orderCodes[i] - base : Math.floor(orderCodes[i] / 2048) - base);
  const first = new Int32Array(span + 1);
  for (let j = 0; j < alive; j++) first[slot(grouped[j]) + 1]++;
  for (let d = 0; d < span; d++) first[d + 1] += first[d];
  for (let j = 0; j < alive; j++) {
    const i = grouped[j];
    sorted[first[slot(i)]++] = i;
  }
  if (time && !byCode) {
    let s = 0;
    while (s < alive) {
      const day = Math.floor(orderCodes[sorted[s]] / 2048);
      let e = s + 1;
      while (e < alive && Math.floor(orderCodes[sorted[e]] / 2048) === day) e++;
      if (e - s > 1) {
        const run = Array.from(sorted.subarray(s, e)).sort((a, b) => orderCodes[a] - orderCodes[b]);
        sorted.set(run, s);
      }
      s = e;
    }
  }
  return sorted;
}

/** Adds a later order's lines to an order with the same id of the same (merged) customer. */
function joinOrder(into: Order, order: Order): void {
  joinOrderLines(into, order);
  into.refundCents += order.refundCents;
  if (order.day < into.day || (order.day === into.day && order.minute < into.minute)) {
    into.day = order.day;
    into.minute = order.minute;
  }
  into.manager = order.manager ?? into.manager;
  into.channel = order.channel ?? into.channel;
  into.promo = into.promo || order.promo;
}
