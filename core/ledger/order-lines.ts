import type { CategoryAmount, Order } from './types';

/**
 * An order keeps what most orders have once, not in a list: one source row (`row`) and one category
 * (`category`), with the lists `lineRows` and `categorySplit` made only for orders of several lines or
 * categories. A million one-line orders then cost a million objects, not four million: the lists were half
 * of the ledger's memory and of the garbage collector's work while reading (measured in docs/ledger.md).
 * These two functions give the lists whatever the order holds.
 */

/** Lists up to this long grow by an exact-length copy; longer ones by push (a copy each time would be quadratic). */
const EXACT_UP_TO = 16;

/**
 * Source row numbers (header = 1) of the order's lines, ascending.
 * @example orderRows({ ...order, row: 4, lineRows: null }) // → [4]
 */
export function orderRows(order: Order): readonly number[] {
  return order.lineRows ?? [order.row];
}

/**
 * Net revenue of the order per product category, in cents: one entry per category of its lines (a
 * one-category order's entry is its whole net amount), none when the source has no category column.
 * @example orderCategories({ ...order, netCents: 2000, category: 'Книги', categorySplit: null })
 *   // → [{ category: 'Книги', cents: 2000 }]
 */
export function orderCategories(order: Order): readonly CategoryAmount[] {
  if (order.categorySplit !== null) return order.categorySplit;
  return order.category === null ? [] : [{ category: order.category, cents: order.netCents }];
}

/**
 * Adds a line's source row to the order (rows arrive in ascending order from a reader; `sort` when they may
 * not, as when two accounts' orders are joined).
 * @example addOrderRow(order, 7); orderRows(order) // → [4, 7] for an order that had row 4
 */
export function addOrderRow(order: Order, row: number): void {
  const rows = order.lineRows;
  if (rows === null) order.lineRows = [order.row, row];
  // A copy of exact length (80 bytes for 3 rows): push would leave room for 16 more (216 bytes), kept for good.
  else if (rows.length < EXACT_UP_TO) order.lineRows = rows.concat(row);
  else rows.push(row);
  if (row < order.row) order.row = row;
}

/**
 * Sets the order's categories from a list of net revenue per category (its `netCents` already final): one
 * entry equal to the whole net amount is kept as `category`, anything else as `categorySplit`.
 * @example setOrderCategories(order, [{ category: 'Книги', cents: order.netCents }]); order.category // → 'Книги'
 */
export function setOrderCategories(order: Order, list: readonly CategoryAmount[]): void {
  if (list.length === 1 && list[0].cents === order.netCents) {
    order.category = list[0].category;
    order.categorySplit = null;
  } else {
    order.category = null;
    order.categorySplit = list.length === 0 ? null : list.map((c) => ({ category: c.category, cents: c.cents }));
  }
}

/**
 * Joins another order of the same customer into `into`: its net amount, its source rows (kept ascending) and
 * its revenue per category. Used where orders become one after reading: two merged accounts' orders with one
 * id (assembleLedger), split orders undone (mergeSplitOrders). Nothing else of either order is touched.
 * @example // into: 10.00 in 'Книги', row 4; order: 5.00 in 'Курсы', row 2
 *   joinOrderLines(into, order); into.netCents // → 1500; orderRows(into) // → [2, 4]
 */
export function joinOrderLines(into: Order, order: Order): void {
  // Read before the net amount changes: a one-category order's entry is its net amount.
  const categories = orderCategories(into).map((c) => ({ ...c }));
  for (const cat of orderCategories(order)) {
    const same = categories.find((x) => x.category === cat.category);
    if (same) same.cents += cat.cents;
    else categories.push({ ...cat });
  }
  into.netCents += order.netCents;
  setOrderCategories(into, categories);
  into.lineRows = orderRows(into).concat(orderRows(order)).sort((a, b) => a - b);
  into.row = into.lineRows[0];
}

/**
 * Adds a line's category to an order whose `netCents` already includes the line's `cents`: a one-category
 * order becomes a split one when the line's category differs.
 * @example // an order of 10.00 in 'Книги', then a line of 5.00 in 'Курсы' (netCents now 1500):
 *   addOrderCategory(order, 'Курсы', 500); orderCategories(order)
 *   // → [{ category: 'Книги', cents: 1000 }, { category: 'Курсы', cents: 500 }]
 */
export function addOrderCategory(order: Order, category: string, cents: number): void {
  const split = order.categorySplit;
  if (split === null) {
    if (order.category === category) return; // its amount is the order's net, which already counts the line
    if (order.category === null) {
      // Not reached from the ingester (every line of a source with a category column has one), but keeps
      // the lists right for an order made without a category.
      order.categorySplit = [{ category, cents }];
      return;
    }
    order.categorySplit = [
      { category: order.category, cents: order.netCents - cents },
      { category, cents },
    ];
    order.category = null;
    return;
  }
  for (const c of split) {
    if (c.category === category) {
      c.cents += cents;
      return;
    }
  }
  const line = { category, cents };
  if (split.length < EXACT_UP_TO) order.categorySplit = split.concat(line);
  else split.push(line);
}
