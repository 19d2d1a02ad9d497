import { UserInputError } from '../errors';
import type { Cell, RejectedRow } from '../ledger/types';
import { normalizeId } from '../ledger/normalize-id';
import { bilingual, bilingualLine } from '../ledger/bilingual';

/**
 * Read a customers table (first row = header with a customer id column and a manager column, RU or EN headers)
 * into a map customer id → manager, which overrides the manager on orders. Rows without an id or a manager are
 * rejected with row, column and reason; a second row for the same id wins and the first is rejected as replaced.
 *
 * @example parseCustomerManagers([['customer_id', 'manager'], ['c1', 'Анна']]).managers.get('c1') // → "Анна"
 */
export function parseCustomerManagers(rows: Cell[][]): { managers: Map<string, string>; rejected: RejectedRow[] } {
  if (rows.length === 0) throw new UserInputError(bilingual('клиенты: таблица пуста; первая строка должна быть заголовком', 'customers: the table is empty; the first row must be a header'), 'customers');
  const h = rows[0].map((c) => String(c ?? '').trim().toLowerCase());
  const ci = h.findIndex((x) => ['customer', 'customer id', 'customer_id', 'client', 'client_id', 'id', 'клиент', 'id клиента', 'покупатель'].includes(x));
  const mi = h.findIndex((x) => ['manager', 'owner', 'менеджер', 'ответственный', 'куратор'].includes(x));
  if (ci < 0 || mi < 0) {
    throw new UserInputError(bilingual(`клиенты: в заголовке нужны столбцы «клиент» и «менеджер»; сейчас: ${rows[0].map((c) => String(c ?? '')).join(', ')}`, `customers: the header needs a customer id and a manager column; it is: ${rows[0].map((c) => String(c ?? '')).join(', ')}`), 'customers');
  }
  const managers = new Map<string, string>();
  const firstRow = new Map<string, number>();
  const rejected: RejectedRow[] = [];
  for (let k = 1; k < rows.length; k++) {
    const id = normalizeId(rows[k][ci]);
    const m = String(rows[k][mi] ?? '').trim();
    if (!id) { rejected.push({ row: k + 1, column: String(rows[0][ci]), value: '', reason: bilingualLine('пустой id клиента', 'customer id is empty') }); continue; }
    if (!m) { rejected.push({ row: k + 1, column: String(rows[0][mi]), value: '', reason: bilingualLine('менеджер пуст: уберите строку, чтобы брать менеджера из заказов', 'manager is empty: leave the customer out to use the manager on orders') }); continue; }
    const prev = firstRow.get(id);
    if (prev !== undefined) rejected.push({ row: prev, column: String(rows[0][ci]), value: id, reason: bilingualLine(`заменена строкой ${k + 1} того же клиента`, `replaced by row ${k + 1} for the same customer`) });
    managers.set(id, m);
    firstRow.set(id, k + 1);
  }
  return { managers, rejected };
}
