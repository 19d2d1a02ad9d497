import { cellText } from './cell-text';
import { createIngester, type IngestOptions, type IngestResult } from './create-ingester';
import { HeaderSearch, type AboveHeader } from './find-header';
import type { Cell } from './types';

/** A table's ledger and quality report, and the title rows passed over above its header. */
export interface TableIngestResult extends IngestResult {
  /** Rows above the header that were not it (a report title, the date made), with their row numbers. */
  aboveHeader: AboveHeader[];
}

/**
 * Reads a whole table (a Google Sheets `getValues()` range or parsed CSV rows) into a ledger and
 * its quality report. The header is the first non-empty row, among the first 20, that names the columns
 * ({@link HeaderSearch}; rows above it are a title and are passed over); when none does, the first non-empty
 * row, so the missing columns are reported from it. Row numbers count from `options.headerRow` (default 1)
 * for `rows[0]`. See {@link createIngester} for the rules.
 * @throws UserInputError when the table is empty or required columns cannot be found
 * @example ingestTable([['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', 100]]).quality.usedRows // → 1
 * @example ingestTable([['Отчёт за март'], ['Клиент', 'Дата', 'Сумма'], ['A', '2025-03-12', 100]]).aboveHeader // → [{ row: 1, text: 'Отчёт за март' }]
 */
export function ingestTable(rows: Cell[][], options: IngestOptions = {}): TableIngestResult {
  const first = options.headerRow ?? 1;
  const { at, above } = findHeaderRow(rows, options, first);
  const ingester = createIngester(at < rows.length ? rows[at] : [], { ...options, headerRow: first + at });
  for (let i = at + 1; i < rows.length; i++) ingester.add(rows[i]);
  return { ...ingester.finish(), aboveHeader: above };
}

/** Index of the header row in `rows`, and the rows passed over above it (none when the search gave up). */
function findHeaderRow(rows: Cell[][], options: IngestOptions, first: number): { at: number; above: AboveHeader[] } {
  const search = new HeaderSearch(options.columns);
  let firstNonEmpty = -1;
  for (let i = 0; i < rows.length; i++) {
    const texts = rows[i].map((c) => cellText(c));
    if (texts.every((t) => t.trim() === '')) continue;
    if (firstNonEmpty < 0) firstNonEmpty = i;
    const verdict = search.offer(texts, first + i);
    if (verdict === 'header') return { at: i, above: search.above };
    if (verdict === 'give-up') break;
  }
  return { at: firstNonEmpty < 0 ? 0 : firstNonEmpty, above: [] };
}
