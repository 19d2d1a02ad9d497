import { createIngester, type IngestOptions, type IngestResult } from './create-ingester';
import type { Cell } from './types';

/**
 * Reads a whole table (a Google Sheets `getValues()` range or parsed CSV rows) into a ledger and
 * its quality report. `rows[0]` is the header; see {@link createIngester} for the rules.
 * @throws UserInputError when the table is empty or required columns cannot be found
 * @example ingestTable([['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', 100]]).quality.usedRows // → 1
 */
export function ingestTable(rows: Cell[][], options?: IngestOptions): IngestResult {
  const ingester = createIngester(rows.length > 0 ? rows[0] : [], options);
  for (let i = 1; i < rows.length; i++) ingester.add(rows[i]);
  return ingester.finish();
}
