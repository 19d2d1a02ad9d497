import { detachString } from './detach-string';
import { digitsText } from './digits-key';
import type { CategoryAmount, Order } from './types';

/** A category code of an order whose lines span two or more categories (its amounts are in the split list). */
const SPLIT = -2;

/**
 * The ingester's orders: one typed array per field, indexed by order number, and no object per order. Order
 * objects made one by one as rows arrive lived through every young-generation collection of the read, each
 * copied twice among a stream of short-lived cell texts; made all at once at the end they cost as much again
 * (measured in docs/speed-log.md, eleventh session). The ledger reads these columns ({@link OrderTable}) and makes an order object
 * ({@link toOrder}) only when something asks for `customer.orders` or `ledger.orders`.
 *
 * Texts (manager, channel, category) are numbered once per distinct text ({@link textCode}); an order's
 * extra lines and category amounts are linked lists over typed arrays, in the order the lines came.
 * @example const c = new OrderColumns(); const i = c.add('A-1', 0, 0, 20159 * 2048, 1000, 2, -1, -1, false, c.textCode('Книги'));
 *   c.addLine(i, 20159 * 2048, 500, 3, -1, -1, false, c.textCode('Курсы'));
 *   c.toOrder(i, '100001') // → { id: 'A-1', netCents: 1500, lineRows: [2, 3], categorySplit: [Книги 10.00, Курсы 5.00], … }
 */
export class OrderColumns {
  /** Orders so far. */
  size = 0;
  /** Per order: its customer's identity key. */
  keys = new Int32Array(1024);
  /** Per order: the packed day/minute code of its earliest line (`day * 2048 + minute + 1`). */
  codes = new Float64Array(1024);
  /** Per order: net cents of its lines. */
  nets = new Float64Array(1024);
  private refunds = new Float64Array(1024);
  /** Per order: the smallest source row among its lines. */
  private rows = new Int32Array(1024);
  private firstRows = new Int32Array(1024);
  private promos = new Uint8Array(1024);
  private managers = new Int32Array(1024);
  private channels = new Int32Array(1024);
  private categories = new Int32Array(1024);
  /** Per order: first and last entry of its extra lines (-1: one line), and of its category amounts (-1: none). */
  private lineHead = new Int32Array(1024);
  private lineTail = new Int32Array(1024);
  private splitHead = new Int32Array(1024);
  private splitTail = new Int32Array(1024);
  /**
   * Order ids given as text, by order number ('' when the source has none, the order being named after its row, or
   * when `idKeys` has it); null until the first such id: ids of digits (most sources') need no list.
   */
  private ids: string[] | null = null;
  /** Per order: the digitsKey of an id of digits given as a number (0: the id, if any, is in `ids`). */
  private idKeys = new Float64Array(1024);
  /** Extra lines: source row and next entry. */
  private lineRow = new Int32Array(1024);
  private lineNext = new Int32Array(1024);
  private lines = 0;
  /** Category amounts of split orders: category code, cents, next entry. */
  private splitCategory = new Int32Array(256);
  private splitCents = new Float64Array(256);
  private splitNext = new Int32Array(256);
  private splits = 0;
  private readonly texts: string[] = [];
  private readonly textCodes = new Map<string, number>();

  /**
   * The number of a manager, channel or category text (the same number for the same text; a detached copy of
   * it is kept, see {@link detachString}), -1 for null.
   * @example c.textCode('Анна Смирнова') // → 0; c.textCode('Анна Смирнова') // → 0; c.textCode(null) // → -1
   */
  textCode(text: string | null): number {
    if (text === null) return -1;
    let code = this.textCodes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      const kept = detachString(text);
      this.texts.push(kept);
      this.textCodes.set(kept, code);
    }
    return code;
  }

  /**
   * The order id of order `i` as read ('' when the source has none). An id of digits is written out on each call,
   * not kept: the ledger's version reads every order's id once, and keeping them held a string per order for as
   * long as the ledger lived (32 MB on a million orders).
   */
  id(i: number): string {
    const id = this.ids !== null ? this.ids[i] : '';
    return id === '' && this.idKeys[i] > 0 ? digitsText(this.idKeys[i]) : id;
  }

  /**
   * Starts an order with its first line; returns its number.
   * @param id the order id ('' for none, or when given as `idKey`), kept as given (detach it first when cut from a big text)
   * @param idKey the digitsKey of an id of digits (its text is made only when asked for), else 0
   * @param key the customer's identity key
   * @param code the line's packed day/minute code
   * @param cents the line's amount
   * @param row the line's source row
   * @param manager text code of the manager, or -1 (likewise `channel`, `category`)
   */
  add(id: string, idKey: number, key: number, code: number, cents: number, row: number, manager: number, channel: number, promo: boolean, category: number): number {
    const i = this.size;
    if (i === this.keys.length) this.growOrders();
    this.size = i + 1;
    if (this.ids !== null) this.ids.push(id);
    else if (id !== '') {
      const ids = new Array<string>(i).fill('');
      ids.push(id);
      this.ids = ids;
    }
    this.idKeys[i] = idKey;
    this.keys[i] = key;
    this.codes[i] = code;
    this.nets[i] = cents;
    this.refunds[i] = cents < 0 ? cents : 0;
    this.rows[i] = row;
    this.firstRows[i] = row;
    this.promos[i] = promo ? 1 : 0;
    this.managers[i] = manager;
    this.channels[i] = channel;
    this.categories[i] = category;
    this.lineHead[i] = -1;
    this.lineTail[i] = -1;
    this.splitHead[i] = -1;
    this.splitTail[i] = -1;
    return i;
  }

  /**
   * Adds a line to order `i`: its amount to the net (and to the refunds when negative), its row to the lines,
   * an earlier time, a manager or channel (the last non-empty one wins), the promo flag (any line's), and its
   * category: a line in another category than the order's splits the order's net amount by category.
   */
  addLine(i: number, code: number, cents: number, row: number, manager: number, channel: number, promo: boolean, category: number): void {
    this.nets[i] += cents;
    if (cents < 0) this.refunds[i] += cents;
    if (code < this.codes[i]) this.codes[i] = code;
    if (manager >= 0) this.managers[i] = manager;
    if (channel >= 0) this.channels[i] = channel;
    if (promo) this.promos[i] = 1;
    if (category !== -1) this.addCategory(i, category, cents);
    if (row < this.rows[i]) this.rows[i] = row;
    const l = this.lines;
    if (l === this.lineRow.length) {
      this.lineRow = grow(this.lineRow);
      this.lineNext = grow(this.lineNext);
    }
    this.lines = l + 1;
    this.lineRow[l] = row;
    this.lineNext[l] = -1;
    if (this.lineTail[i] < 0) this.lineHead[i] = l;
    else this.lineNext[this.lineTail[i]] = l;
    this.lineTail[i] = l;
  }

  /** The id of order `i`: as read, or `#<row>` (its first line's source row) when the source has none. */
  orderId(i: number): string {
    const id = this.id(i);
    return id !== '' ? id : `#${this.firstRows[i]}`;
  }

  /** The day number of order `i` (of its earliest line; see `codes`). */
  day(i: number): number {
    return Math.floor(this.codes[i] / 2048);
  }

  /** Minutes since midnight of order `i` (of its earliest line), or -1 when the source gives no time. */
  minute(i: number): number {
    return this.codes[i] - this.day(i) * 2048 - 1;
  }

  /** The refund cents of order `i` (≤ 0). */
  refundCents(i: number): number {
    return this.refunds[i];
  }

  /** Whether a line of order `i` carries the promo flag. */
  promo(i: number): boolean {
    return this.promos[i] === 1;
  }

  /** The manager of order `i` (its last line's that has one), or null. */
  manager(i: number): string | null {
    return this.managers[i] >= 0 ? this.texts[this.managers[i]] : null;
  }

  /** The sales channel of order `i` (its last line's that has one), or null. */
  channel(i: number): string | null {
    return this.channels[i] >= 0 ? this.texts[this.channels[i]] : null;
  }

  /**
   * Order `i` as an object: id, day and minute (of `codes[i]`), amounts (`nets[i]`), texts, rows and category
   * amounts as read; `customerId` as given.
   */
  toOrder(i: number, customerId: string): Order {
    const category = this.categories[i];
    return {
      id: this.orderId(i),
      customerId,
      day: this.day(i),
      minute: this.minute(i),
      netCents: this.nets[i],
      refundCents: this.refunds[i],
      manager: this.manager(i),
      channel: this.channel(i),
      promo: this.promos[i] === 1,
      category: category >= 0 ? this.texts[category] : null,
      categorySplit: category === SPLIT ? this.splitList(i) : null,
      row: this.rows[i],
      lineRows: this.lineHead[i] >= 0 ? this.lineList(i) : null,
    };
  }

  /** Order `i`'s first row, then its extra lines' rows in the order they came, in an array of exact length. */
  private lineList(i: number): number[] {
    let count = 1;
    for (let l = this.lineHead[i]; l >= 0; l = this.lineNext[l]) count++;
    const rows = new Array<number>(count);
    rows[0] = this.firstRows[i];
    let at = 1;
    for (let l = this.lineHead[i]; l >= 0; l = this.lineNext[l]) rows[at++] = this.lineRow[l];
    return rows;
  }

  private splitList(i: number): CategoryAmount[] {
    const list: CategoryAmount[] = [];
    for (let s = this.splitHead[i]; s >= 0; s = this.splitNext[s]) list.push({ category: this.texts[this.splitCategory[s]], cents: this.splitCents[s] });
    return list;
  }

  /** A line's category, its amount already in the order's net. */
  private addCategory(i: number, category: number, cents: number): void {
    const current = this.categories[i];
    if (current === category) return; // one category: its amount is the order's net, which counts the line
    if (current !== SPLIT) {
      // The order's first split: the earlier lines' category keeps the net before this line (none when
      // the order had no category, which the ingester never makes: every line of a category column has one).
      if (current >= 0) this.addSplit(i, current, this.nets[i] - cents);
      this.categories[i] = SPLIT;
    } else {
      for (let s = this.splitHead[i]; s >= 0; s = this.splitNext[s]) {
        if (this.splitCategory[s] === category) {
          this.splitCents[s] += cents;
          return;
        }
      }
    }
    this.addSplit(i, category, cents);
  }

  private addSplit(i: number, category: number, cents: number): void {
    const s = this.splits;
    if (s === this.splitCategory.length) {
      this.splitCategory = grow(this.splitCategory);
      this.splitCents = grow(this.splitCents);
      this.splitNext = grow(this.splitNext);
    }
    this.splits = s + 1;
    this.splitCategory[s] = category;
    this.splitCents[s] = cents;
    this.splitNext[s] = -1;
    if (this.splitTail[i] < 0) this.splitHead[i] = s;
    else this.splitNext[this.splitTail[i]] = s;
    this.splitTail[i] = s;
  }

  private growOrders(): void {
    this.keys = grow(this.keys);
    this.idKeys = grow(this.idKeys);
    this.codes = grow(this.codes);
    this.nets = grow(this.nets);
    this.refunds = grow(this.refunds);
    this.rows = grow(this.rows);
    this.firstRows = grow(this.firstRows);
    this.promos = grow(this.promos);
    this.managers = grow(this.managers);
    this.channels = grow(this.channels);
    this.categories = grow(this.categories);
    this.lineHead = grow(this.lineHead);
    this.lineTail = grow(this.lineTail);
    this.splitHead = grow(this.splitHead);
    this.splitTail = grow(this.splitTail);
  }
}

/**
 * A typed array with the same start, twice as long, or four times once past 65,536 entries. A typed array's
 * memory lies outside V8's heap, and every 64 MB or so of it allocated starts a garbage collection, so the
 * fifteen columns doubling their way to a million orders cost collections as well as copies. Growing by four
 * halves the steps and the bytes allocated: CSV → ledger on 1M demo rows 4–11% faster (two medians of 7),
 * `rfm segments` 9%, peak memory 430 → 390 MB (the pages of an array not yet written are not taken).
 * @example grow(new Int32Array(2)).length // → 4; grow(new Int32Array(1 << 16)).length // → 262144
 */
function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * (a.length >= 1 << 16 ? 4 : 2));
  b.set(a);
  return b;
}
