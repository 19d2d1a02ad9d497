import type { Customer } from '../ledger/types';

/**
 * A customer's manager at a date: the one a customers table gives (by canonical id or any merged id), else the
 * manager on their latest order dated before `endDay` that has one, else null.
 *
 * @example managerAt(customer, dayFromIso('2025-10-01')!) // → "Иванова"
 */
export function managerAt(customer: Customer, endDay: number, table?: ReadonlyMap<string, string>): string | null {
  if (table && table.size > 0) {
    for (const id of customer.ids) {
      const m = table.get(id);
      if (m) return m;
    }
  }
  const orders = customer.orders;
  for (let k = orders.length - 1; k >= 0; k--) {
    const o = orders[k];
    if (o.day < endDay && o.manager) return o.manager;
  }
  return null;
}
