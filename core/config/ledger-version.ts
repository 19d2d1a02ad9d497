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
  // Per order the text `${id}\u0001${customerId}\u0001${day}\u0001${minute}\u0001${netCents}\u0001${refundCents}\u0001
  // ${manager ?? ''}\u0001${channel ?? ''}\u0001${promo ? 1 : 0}\n`, fed piece by piece (no string per order).
  for (const o of ledger.orders) {
    h.update(String(o.id)).updateAscii(1).update(String(o.customerId)).updateAscii(1);
    h.updateInt(o.day).updateAscii(1).updateInt(o.minute).updateAscii(1).updateInt(o.netCents).updateAscii(1).updateInt(o.refundCents).updateAscii(1);
    h.update(o.manager ?? '').updateAscii(1).update(o.channel ?? '').updateAscii(1).updateAscii(o.promo ? 0x31 : 0x30).updateAscii(0x0a);
  }
  return h.hex().slice(0, VERSION_LENGTH);
}
