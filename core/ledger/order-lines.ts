import type { CategoryAmount, Order } from './types';

/**
 * An order keeps what most orders have once, not in a list: one source row (`row`) and one category
 * (`category`), with the lists `lineRows` and `categorySplit` made only for orders of several lines or
 * categories. A million one-line orders then cost a million objects, not four million: the lists were half
 * of the ledger's memory and of the garbage collector's work while reading (measured in docs/speed-log.md, eighth session).
 * `orderRows` and `orderCategories` give the lists whatever the order holds. While a file is read, the lines are
 * added to the ingester's columns instead (OrderColumns.addLine), by the same rules.
 */

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
