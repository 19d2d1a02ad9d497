import type { OrderColumns } from './order-columns';
import { attachOrderTable, type OrderTable } from './order-table';
import type { Customer, Ledger, Order } from './types';

/**
 * The order objects of a ledger the ingester assembled, made when first read: `customer.orders` and
 * `ledger.orders` are own enumerable accessor properties (so `{ ...customer }`, JSON and equality checks see
 * them as lists) whose lists are made on first read, one object per order, the same object in both lists.
 * Until then the orders exist only as the ingester's columns, which is all that scoring, the quality report
 * and the ledger version read ({@link OrderTable}). Assigning either property replaces its list.
 */
class LedgerOrders {
  private readonly lists: (Order[] | undefined)[] = [];
  private all: Order[] | undefined;
  /** Customer position (ledger order) of each order number (-1: an order in no customer's list), made when first needed. */
  private owners: Int32Array | null = null;

  /**
   * @param grouped order numbers customer after customer, each customer's by day, minute, id
   * @param start customer r's orders are `grouped[start[r]] … grouped[start[r + 1] − 1]`
   * @param byDate order numbers by day, minute, customer, id (`ledger.orders`), worked out when first asked
   * @param objects order objects made so far, by order number (joined orders); the others are added when made
   */
  constructor(
    readonly columns: OrderColumns,
    readonly customers: Customer[],
    readonly grouped: Int32Array,
    readonly start: Int32Array,
    private readonly byDate: () => Int32Array,
    readonly objects: (Order | undefined)[],
  ) {}

  /** The customer (ledger position) of order number `i`, or -1 when no customer holds it. */
  owner(i: number): number {
    if (this.owners === null) {
      this.owners = new Int32Array(this.columns.size).fill(-1);
      for (let r = 0; r < this.customers.length; r++) for (let p = this.start[r]; p < this.start[r + 1]; p++) this.owners[this.grouped[p]] = r;
    }
    return this.owners[i];
  }

  /** The object of order number `i` (made once). */
  object(i: number): Order {
    return (this.objects[i] ??= this.columns.toOrder(i, this.customers[this.owner(i)].id));
  }

  customerOrders(r: number): Order[] {
    let list = this.lists[r];
    if (list === undefined) {
      const s = this.start[r];
      list = new Array<Order>(this.start[r + 1] - s);
      for (let p = 0; p < list.length; p++) list[p] = this.object(this.grouped[s + p]);
      this.lists[r] = list;
    }
    return list;
  }

  setCustomerOrders(r: number, list: Order[]): void {
    this.lists[r] = list;
  }

  ledgerOrders(): Order[] {
    if (this.all === undefined) {
      const sorted = this.byDate();
      const all = new Array<Order>(sorted.length);
      for (let j = 0; j < all.length; j++) all[j] = this.object(sorted[j]);
      this.all = all;
    }
    return this.all;
  }

  setLedgerOrders(list: Order[]): void {
    this.all = list;
  }

  /**
   * The ledger's {@link OrderTable}: position p is order `grouped[p]`, read from the columns, or from its object
   * when it has one (a joined order's object holds the join; any other object agrees with the columns).
   */
  table(): OrderTable {
    const { columns, objects, grouped, start, customers } = this;
    const n = grouped.length;
    const day = new Int32Array(n);
    const minute = new Int32Array(n);
    const netCents = new Float64Array(n);
    const refundCents = new Float64Array(n);
    const promo = new Uint8Array(n);
    for (let p = 0; p < n; p++) {
      const i = grouped[p];
      day[p] = columns.day(i);
      minute[p] = columns.minute(i);
      netCents[p] = columns.nets[i];
      refundCents[p] = columns.refundCents(i);
      promo[p] = columns.promo(i) ? 1 : 0;
    }
    // Orders joined while assembling (merged accounts sharing an order id) were made as objects then: read objects.
    for (let p = 0; p < n; p++) {
      const o = objects[grouped[p]];
      if (o === undefined) continue;
      refundCents[p] = o.refundCents;
      promo[p] = o.promo ? 1 : 0;
    }
    return {
      start,
      day,
      minute,
      netCents,
      refundCents,
      promo,
      id: (p) => objects[grouped[p]]?.id ?? columns.orderId(grouped[p]),
      customerId: (p) => customers[this.owner(grouped[p])].id,
      manager: (p) => {
        const o = objects[grouped[p]];
        return o ? o.manager : columns.manager(grouped[p]);
      },
      channel: (p) => {
        const o = objects[grouped[p]];
        return o ? o.channel : columns.channel(grouped[p]);
      },
      eachOrder: (visit) => {
        for (let i = 0; i < columns.size; i++) {
          const r = this.owner(i);
          if (r < 0) continue;
          const o = objects[i];
          if (o === undefined) visit(columns.orderId(i), customers[r].id, columns.day(i), columns.minute(i), columns.nets[i], columns.refundCents(i), columns.manager(i), columns.channel(i), columns.promo(i));
          else visit(o.id, customers[r].id, columns.day(i), columns.minute(i), columns.nets[i], o.refundCents, o.manager, o.channel, o.promo);
        }
      },
    };
  }
}

/**
 * A customer of a ledger the ingester assembled: the {@link Customer} fields as plain data but for two own
 * enumerable accessors, `ids` (its list made when first read) and `orders`, which {@link lazyLedger} adds after
 * the others and whose list is made on first read. Where the orders come from (the ledger's LedgerOrders and the
 * customer's position in it) is held in private fields,
 * which spreading, JSON and equality checks do not see. They replace a WeakMap from customer to position: with
 * a million customers, filling it took ~0.4 s and an object per customer, and every full collection of the heap
 * walked its million weak entries (`rfm segments` on a million one-off customers: 9.1 → 8.5 s, faster in 8 of
 * 10 alternating runs). A build for ES2020 (the add-on's) turns private fields back into WeakMaps.
 * @example new AssembledCustomer('17850').ids // → ["17850"]
 */
export class AssembledCustomer {
  // Declared, not initialised as fields: the constructor defines them in this order, with `ids` an accessor.
  declare id: string;
  declare ids: string[];
  declare name: string | null;
  declare email: string | null;
  declare phone: string | null;
  declare manager: string | null;
  /** The ids' list once read or set; until then `ids` is `[id]`, made when first read. */
  #ids: string[] | null = null;
  #source: LedgerOrders | null = null;
  #r = -1;

  constructor(id: string) {
    this.id = id;
    Object.defineProperty(this, 'ids', AssembledCustomer.IDS);
    this.name = null;
    this.email = null;
    this.phone = null;
    this.manager = null;
  }

  /**
   * `ids` as an own enumerable accessor whose list is made when first read: most customers have one id, and a
   * list of one per customer was 56 bytes each (56 MB for a million one-off customers, at the peak of memory).
   */
  private static readonly IDS: PropertyDescriptor = {
    get(this: AssembledCustomer): string[] {
      return (this.#ids ??= [this.id]);
    },
    set(this: AssembledCustomer, list: string[]): void {
      this.#ids = list;
    },
    enumerable: true,
    configurable: true,
  };

  /** One getter and setter for every assembled customer (one shared accessor keeps their objects alike for V8). */
  private static readonly ORDERS: PropertyDescriptor = {
    get(this: AssembledCustomer): Order[] {
      return (this.#source as LedgerOrders).customerOrders(this.#r);
    },
    set(this: AssembledCustomer, list: Order[]): void {
      (this.#source as LedgerOrders).setCustomerOrders(this.#r, list);
    },
    enumerable: true,
    configurable: true,
  };

  /** Makes the customer the one at position `r` of `source`: adds `orders`, the last property. */
  listIn(source: LedgerOrders, r: number): void {
    this.#source = source;
    this.#r = r;
    Object.defineProperty(this, 'orders', AssembledCustomer.ORDERS);
  }
}

/**
 * Makes a ledger from the ingester's assembled orders whose order objects are made when first read (see
 * LedgerOrders), and records its {@link OrderTable} (built when first asked for).
 * @param assembled the ledger's customers, in ledger order, made without `orders` (it is added here, last)
 * @param grouped order numbers customer after customer, each customer's by day, minute, id
 * @param start customer r's orders are `grouped[start[r]] … grouped[start[r + 1] − 1]`; length customers + 1
 * @param byDate order numbers by day, minute, customer, id (called when `ledger.orders` is first read)
 * @param objects orders already made as objects (joined orders), by order number; kept and added to
 * @example lazyLedger(columns, assembled, grouped, start, byDate, [], { merges, netCents, has }).customers[0].orders[0].id // → "1001"
 */
export function lazyLedger(
  columns: OrderColumns,
  assembled: AssembledCustomer[],
  grouped: Int32Array,
  start: Int32Array,
  byDate: () => Int32Array,
  objects: (Order | undefined)[],
  rest: Pick<Ledger, 'merges' | 'netCents' | 'has'>,
): Ledger {
  // Each is a Customer once `orders` is added, just below.
  const customers = assembled as unknown as Customer[];
  const source = new LedgerOrders(columns, customers, grouped, start, byDate, objects);
  for (let r = 0; r < assembled.length; r++) assembled[r].listIn(source, r);
  const ledger: Ledger = { customers, orders: [], merges: rest.merges, netCents: rest.netCents, has: rest.has };
  Object.defineProperty(ledger, 'orders', {
    get: () => source.ledgerOrders(),
    set: (list: Order[]) => source.setLedgerOrders(list),
    enumerable: true,
    configurable: true,
  });
  attachOrderTable(ledger, grouped.length, () => source.table());
  return ledger;
}
