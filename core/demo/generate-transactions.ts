import type { Cell } from '../ledger';
import { DEMO_HEADER } from './demo-vocabulary';
import { generateTransactionRows, type DemoOptions } from './generate-transaction-rows';

/**
 * A realistic, seeded demo ledger as a table: the header row, then every transaction row sorted by
 * time. Customers buy weekly, monthly, quarterly, irregularly, once, or are lapsing, churned or new;
 * six managers; orders with several line items (quantity × price); refunds (negative rows with the
 * refund status); unpaid and promo orders; second accounts sharing an e-mail or phone; and about 1% of
 * rows with messy cells (bad dates, "1 234,56 ₽" amounts, empty or "100001.0" ids, formula-looking
 * names, duplicated rows, future dates). Pure: pass today's day number as `endDay` for current data.
 *
 * For large sizes use {@link generateTransactionRows}, which streams.
 *
 * @example generateTransactions({ seed: 1, endDay: 20159, customers: 10 })[0][0] // → "Номер заказа"
 */
export function generateTransactions(options: DemoOptions): Cell[][] {
  const rows = [...generateTransactionRows(options)];
  rows.sort((a, b) => a.sortKey - b.sortKey);
  return [DEMO_HEADER.slice(), ...rows.map((r) => r.cells)];
}
