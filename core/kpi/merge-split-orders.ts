import { joinOrderLines } from '../ledger/order-lines';
import type { Customer, Ledger, Order } from '../ledger/types';
import type { SplitOrderFlag } from './find-split-orders';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const orderCmp = (a: Order, b: Order) => a.day - b.day || a.minute - b.minute || cmp(a.customerId, b.customerId) || cmp(a.id, b.id);

/**
 * A copy of the ledger with each flagged group of split orders merged into one order (id `o1+o2`, day and time of
 * the first, amounts, refunds, categories and rows summed, manager the last non-empty), so KPIs can be shown both
 * as recorded and with the suspected splits undone. Net revenue is unchanged; the input is not modified.
 *
 * @example mergeSplitOrders(ledger, flags).orders.length // → ledger.orders.length − 1 (one pair merged)
 */
export function mergeSplitOrders(ledger: Ledger, flags: readonly SplitOrderFlag[]): Ledger {
  if (flags.length === 0) return ledger;
  const byCustomer = new Map<string, SplitOrderFlag[]>();
  for (const f of flags) {
    let l = byCustomer.get(f.customerId);
    if (!l) byCustomer.set(f.customerId, (l = []));
    l.push(f);
  }
  const customers: Customer[] = ledger.customers.map((c) => {
    const fl = byCustomer.get(c.id);
    if (!fl) return c;
    const groupOf = new Map<string, number>();
    fl.forEach((f, k) => f.orderIds.forEach((id) => groupOf.set(id, k)));
    const merged = new Map<number, Order>();
    const orders: Order[] = [];
    for (const o of c.orders) {
      const k = groupOf.get(o.id);
      if (k === undefined) {
        orders.push(o);
        continue;
      }
      const m = merged.get(k);
      if (!m) {
        // A shallow copy is enough: joinOrderLines replaces the copy's lists, never changes them in place.
        const copy: Order = { ...o };
        merged.set(k, copy);
        orders.push(copy);
        continue;
      }
      m.id = `${m.id}+${o.id}`;
      joinOrderLines(m, o);
      m.refundCents += o.refundCents;
      if (o.manager) m.manager = o.manager;
      if (m.channel === null) m.channel = o.channel;
      if (o.promo) m.promo = true;
    }
    return { ...c, orders };
  });
  const orders = customers.flatMap((c) => c.orders).sort(orderCmp);
  return { ...ledger, customers, orders };
}
