import type { Ledger } from '../ledger/types';
import { Fnv1a64 } from './fnv1a64';
import { VERSION_LENGTH } from './config-version';

/**
 * The version of a ledger snapshot: the first 10 hex digits of FNV-1a 64 over the customer and order counts,
 * the net revenue in cents and every order (id, customer, day, minute, net and refund cents, manager,
 * channel, promo) in ledger order. Equal ledgers from a CSV file and from a spreadsheet give equal versions.
 * @example ledgerVersion({ customers: [], orders: [], merges: [], netCents: 0, has }) // → "144d075415" (an empty ledger)
 */
export function ledgerVersion(ledger: Ledger): string {
  const h = new Fnv1a64().update(`${ledger.customers.length}|${ledger.orders.length}|${ledger.netCents}\n`);
  for (const o of ledger.orders) {
    h.update(`${o.id}\u0001${o.customerId}\u0001${o.day}\u0001${o.minute}\u0001${o.netCents}\u0001${o.refundCents}\u0001${o.manager ?? ''}\u0001${o.channel ?? ''}\u0001${o.promo ? 1 : 0}\n`);
  }
  return h.hex().slice(0, VERSION_LENGTH);
}
