import type { IdentityGraph } from './identity-graph';
import type { Customer, Ledger, Order } from './types';

/** Latest non-empty name, e-mail and phone per identity key, with the day they were seen. */
export interface RowCustomerInfo {
  name: (string | null)[];
  nameDay: number[];
  email: (string | null)[];
  emailDay: number[];
  phone: (string | null)[];
  phoneDay: number[];
}

function byDayMinuteId(a: Order, b: Order): number {
  return a.day - b.day || a.minute - b.minute || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function latest(values: (string | null)[], days: number[], keys: number[]): string | null {
  let best: string | null = null;
  let bestDay = -Infinity;
  for (const k of keys) {
    const v = values[k];
    if (v !== null && v !== undefined && days[k] >= bestDay) {
      best = v;
      bestDay = days[k];
    }
  }
  return best;
}

/**
 * Builds the ledger from the ingester's provisional orders (keyed by identity key): resolves each key
 * to its canonical customer, joins orders of merged accounts that share an order id, sorts each
 * customer's orders by day, minute, id, the customers by id and all orders by day, minute, customer, id
 * (a counting sort by day, so the cost stays linear).
 * @example assembleLedger(graph, info, [], [], [], has).customers // → []
 */
export function assembleLedger(
  identity: IdentityGraph,
  info: RowCustomerInfo,
  orders: Order[],
  orderKeys: number[],
  orderCodes: number[],
  has: Ledger['has'],
): Ledger {
  const canonical = identity.canonicalKeys();
  const nKeys = identity.ids.length;
  const customerOf = new Array<Customer | undefined>(nKeys);
  const keysOf = new Map<number, number[]>();
  const groupSize = new Int32Array(nKeys);
  for (let k = 0; k < nKeys; k++) groupSize[canonical[k]]++;
  const customers: Customer[] = [];
  for (let k = 0; k < nKeys; k++) {
    const c = canonical[k];
    let customer = customerOf[c];
    if (customer === undefined) {
      customer = { id: identity.ids[c], ids: [identity.ids[c]], name: null, email: null, phone: null, manager: null, orders: [] };
      customerOf[c] = customer;
      customers.push(customer);
    }
    if (k !== c && identity.synthetic[k] === 0) customer.ids.push(identity.ids[k]);
    if (groupSize[c] > 1) {
      const list = keysOf.get(c);
      if (list) list.push(k);
      else keysOf.set(c, [k]);
    }
  }
  const haveInfo = info.name.length + info.email.length + info.phone.length > 0;
  if (haveInfo) {
    for (let k = 0; k < nKeys; k++) {
      const c = canonical[k];
      const customer = customerOf[c] as Customer;
      if (k !== c) continue;
      const keys = keysOf.get(c) ?? [k];
      customer.name = latest(info.name, info.nameDay, keys);
      customer.email = latest(info.email, info.emailDay, keys);
      customer.phone = latest(info.phone, info.phoneDay, keys);
    }
  }

  // Orders of merged accounts sharing an order id become one order.
  const kept: Order[] = [];
  let joined: Map<string, number> | null = null;
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i];
    const c = canonical[orderKeys[i]];
    const customer = customerOf[c] as Customer;
    if (groupSize[c] > 1 && order.id.charCodeAt(0) !== 35 /* # */) {
      joined ??= new Map();
      const key = `${order.id}\u0001${c}`;
      const at = joined.get(key);
      if (at !== undefined) {
        const into = kept[at];
        into.netCents += order.netCents;
        into.refundCents += order.refundCents;
        if (orderCodes[i] < packed(into)) {
          into.day = order.day;
          into.minute = order.minute;
        }
        into.manager = order.manager ?? into.manager;
        into.channel = order.channel ?? into.channel;
        into.promo = into.promo || order.promo;
        for (const cat of order.categories) {
          const same = into.categories.find((x) => x.category === cat.category);
          if (same) same.cents += cat.cents;
          else into.categories.push(cat);
        }
        into.rows.push(...order.rows);
        into.rows.sort((a, b) => a - b);
        continue;
      }
      joined.set(key, kept.length);
    }
    order.customerId = customer.id;
    customer.orders.push(order);
    kept.push(order);
  }

  let netCents = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const order of kept) {
    netCents += order.netCents;
    if (order.day < minDay) minDay = order.day;
    if (order.day > maxDay) maxDay = order.day;
  }
  for (const customer of customers) {
    if (customer.orders.length > 1) customer.orders.sort(byDayMinuteId);
    for (let i = customer.orders.length - 1; i >= 0; i--) {
      const m = customer.orders[i].manager;
      if (m !== null) {
        customer.manager = m;
        break;
      }
    }
  }
  customers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // All orders by day (counting sort), customers in id order within a day, then minute (stable sort).
  const sorted = new Array<Order>(kept.length);
  if (kept.length > 0) {
    const span = maxDay - minDay + 1;
    const start = new Int32Array(span + 1);
    for (const order of kept) start[order.day - minDay + 1]++;
    for (let d = 1; d <= span; d++) start[d] += start[d - 1];
    for (const customer of customers) {
      for (const order of customer.orders) sorted[start[order.day - minDay]++] = order;
    }
    if (has.time) {
      let i = 0;
      while (i < sorted.length) {
        let j = i + 1;
        while (j < sorted.length && sorted[j].day === sorted[i].day) j++;
        if (j - i > 1) {
          const run = sorted.slice(i, j).sort((a, b) => a.minute - b.minute);
          for (let x = 0; x < run.length; x++) sorted[i + x] = run[x];
        }
        i = j;
      }
    }
  }
  return { customers, orders: sorted, merges: identity.merges(canonical), netCents, has };
}

function packed(order: Order): number {
  return order.day * 2048 + order.minute + 1;
}
