import { createIngester, type IngestOptions, type IngestResult } from './create-ingester';
import { findHeaderRow, type AboveHeader } from './find-header';
import type { Cell } from './types';

/** A table's ledger and quality report, and the title rows passed over above its header. */
export interface TableIngestResult extends IngestResult {
  /** Rows above the header that were not it (a report title, the date made), with their row numbers. */
  aboveHeader: AboveHeader[];
}

/**
 * Reads a whole table (a Google Sheets `getValues()` range or parsed CSV rows) into a ledger and
 * its quality report. The header is found by {@link findHeaderRow}: the first non-empty row, among the first
 * 20, that names the columns (rows above it are a title and are passed over); when none does, the first
 * non-empty row, so the missing columns are reported from it. Row numbers count from `options.headerRow` (default 1)
 * for `rows[0]`. See {@link createIngester} for the rules.
 * @throws UserInputError when the table is empty or required columns cannot be found
 * @example ingestTable([['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', 100]]).quality.usedRows // → 1
 * @example ingestTable([['Отчёт за март'], ['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', 100]]).aboveHeader // → [{ row: 1, text: 'Отчёт за март' }]
 */
export function ingestTable(rows: Cell[][], options: IngestOptions = {}): TableIngestResult {
  const first = options.headerRow ?? 1;
  const { at, above } = findHeaderRow(rows, options.columns, first);
  const ingester = createIngester(at < rows.length ? rows[at] : [], { ...options, headerRow: first + at });
  for (let i = at + 1; i < rows.length; i++) ingester.add(rows[i]);
  return { ...ingester.finish(), aboveHeader: above };
}
