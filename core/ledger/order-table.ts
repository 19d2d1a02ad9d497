import type { Ledger, Order } from './types';

/**
 * A ledger's orders as columns, customer after customer in `ledger.customers` order, each customer's orders as
 * in `customer.orders` (by day, minute, id): what the passes over the whole ledger read (scoring, the as-of
 * date, the reconciliation lines, the ledger version), with no object per order. Read it through
 * {@link orderTable}. Position p holds the p-th order of that walk.
 * @example const t = orderTable(ledger); for (let p = t.start[r]; p < t.start[r + 1]; p++) total += t.netCents[p];
 */
export interface OrderTable {
  /** Customer r's orders are positions start[r] … start[r + 1] − 1; length customers + 1. */
  readonly start: Int32Array;
  /** Day number of each order (see Order.day). */
  readonly day: Int32Array;
  /** Minutes since midnight, or -1 (see Order.minute). */
  readonly minute: Int32Array;
  /** Net cents (see Order.netCents). */
  readonly netCents: Float64Array;
  /** Refund cents, ≤ 0 (see Order.refundCents). */
  readonly refundCents: Float64Array;
  /** 1 when the order carries the promo flag. */
  readonly promo: Uint8Array;
  /** The order id of position p (see Order.id). */
  id(p: number): string;
  /** The customer id on the order of position p (see Order.customerId). */
  customerId(p: number): string;
  /** The manager of position p, or null. */
  manager(p: number): string | null;
  /** The sales channel of position p, or null. */
  channel(p: number): string | null;
  /**
   * Calls `visit` once for every order, with the fields the accessors above give for its position, in whatever
   * order the table reads fastest, which need not be position order: for a pass whose result does not depend on
   * the order of the visits (the ledger version adds up order hashes). The ingester's table visits orders as it
   * stored them, in file order: its columns are then read front to back, where a walk by position reads them at
   * random for a file sorted by date (consecutive positions are one customer's orders, far apart in the file).
   */
  eachOrder(visit: OrderVisitor): void;
}

/**
 * One order's fields, as {@link OrderTable.eachOrder} passes them (see {@link Order} for each).
 * @example const visit: OrderVisitor = (id, customerId, day, minute, netCents) => { total += netCents; };
 */
export type OrderVisitor = (
  id: string,
  customerId: string,
  day: number,
  minute: number,
  netCents: number,
  refundCents: number,
  manager: string | null,
  channel: string | null,
  promo: boolean,
) => void;

/** The ingester's ledgers: their number of orders, and their table (built when first asked for). */
const attached = new WeakMap<Ledger, { count: number; table: OrderTable | null; build: () => OrderTable }>();
/** Tables built from a ledger's order objects. */
const built = new WeakMap<Ledger, OrderTable>();

/**
 * Records how the ingester's ledger builds its table from the ingester's columns (so {@link orderTable} never
 * builds one from order objects), and its number of orders. A ledger is read-only once made: a changed copy
 * (`{ ...ledger, customers }`) is another object, whose table is built from its own orders.
 */
export function attachOrderTable(ledger: Ledger, count: number, build: () => OrderTable): void {
  attached.set(ledger, { count, table: null, build });
}

/**
 * `ledger.orders.length`, without making the order objects of a ledger the ingester made (its customers hold
 * exactly its orders, so its table has them all).
 * @example ledgerOrderCount(ledger) // → 661911 for the 1M-row demo file
 */
export function ledgerOrderCount(ledger: Ledger): number {
  const own = attached.get(ledger);
  return own === undefined ? ledger.orders.length : own.count;
}

/**
 * The ledger's orders as columns: the ingester's own table, or (for a ledger made another way, as tests and
 * derived ledgers are) one built once from `customer.orders` and kept with the ledger.
 * @example orderTable(ledger).netCents.reduce((a, b) => a + b, 0) // → ledger.netCents
 */
export function orderTable(ledger: Ledger): OrderTable {
  const own = attached.get(ledger);
  if (own !== undefined) return (own.table ??= own.build());
  let table = built.get(ledger);
  if (table === undefined) {
    table = tableOfObjects(ledger);
    built.set(ledger, table);
  }
  return table;
}

function tableOfObjects(ledger: Ledger): OrderTable {
  const customers = ledger.customers;
  const start = new Int32Array(customers.length + 1);
  for (let r = 0; r < customers.length; r++) start[r + 1] = start[r] + customers[r].orders.length;
  const n = start[customers.length];
  const day = new Int32Array(n);
  const minute = new Int32Array(n);
  const netCents = new Float64Array(n);
  const refundCents = new Float64Array(n);
  const promo = new Uint8Array(n);
  const list = new Array<Order>(n);
  let p = 0;
  for (const c of customers) {
    for (const o of c.orders) {
      day[p] = o.day;
      minute[p] = o.minute;
      netCents[p] = o.netCents;
      refundCents[p] = o.refundCents;
      promo[p] = o.promo ? 1 : 0;
      list[p++] = o;
    }
  }
  const eachOrder = (visit: OrderVisitor): void => {
    for (const o of list) visit(o.id, o.customerId, o.day, o.minute, o.netCents, o.refundCents, o.manager, o.channel, o.promo);
  };
  return { start, day, minute, netCents, refundCents, promo, id: (q) => list[q].id, customerId: (q) => list[q].customerId, manager: (q) => list[q].manager, channel: (q) => list[q].channel, eachOrder };
}
