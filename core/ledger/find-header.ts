import { UserInputError } from '../errors';
import { cellText } from './cell-text';
import { detectColumns } from './detect-columns';
import type { Cell, FieldName } from './types';

/** Non-blank lines searched for the header: exports often open with a title, the date made, the shop. */
export const HEADER_SEARCH_LINES = 20;

/** A line above the header that was passed over: its row number (header = first line is row 1) and text. */
export interface AboveHeader {
  row: number;
  text: string;
}

/**
 * Finds the header among the first non-blank records: the first one whose cells name the columns the ledger
 * needs (core's detectColumns, with the user's mapping). Records before it are a title ("Отчёт о продажах за
 * март 2025", "Сформирован 01.04.2025") and are passed over, listed in {@link above}. When none of the first 20
 * names the columns, or the file ends first, the first non-blank record is the header after all, so the
 * ingester reports the missing columns from it exactly as before. The CLI's reader thread and main thread
 * both decide through this class, so they agree.
 * @example const h = new HeaderSearch(undefined); h.offer(['Отчёт за март'], 1) // → 'skip'
 *   h.offer(['Клиент', 'Дата', 'Сумма'], 2) // → 'header'
 */
export class HeaderSearch {
  /** Lines passed over above the header, in order. */
  readonly above: AboveHeader[] = [];
  private first: { texts: string[]; row: number } | null = null;

  constructor(private readonly columns: Partial<Record<FieldName, string>> | undefined) {}

  /**
   * `header`: this record is the header. `skip`: a line above the header, keep reading. `give-up`: none of
   * the first 20 is a header; use {@link fallback} (the first record) as the header.
   */
  offer(texts: string[], row: number): 'header' | 'skip' | 'give-up' {
    try {
      detectColumns(texts.map((t) => cellText(t).trim()), this.columns);
      return 'header';
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      this.first ??= { texts, row };
      this.above.push({ row, text: texts.filter((t) => t !== '').join(' ') });
      return this.above.length >= HEADER_SEARCH_LINES ? 'give-up' : 'skip';
    }
  }

  /** The first non-blank record, the header when no better one was found (null before any was offered). */
  fallback(): { texts: string[]; row: number } | null {
    return this.first;
  }
}

/**
 * The header of a table held whole (a sheet's values): its index in `rows`, whether a row named the columns
 * (`found`; otherwise `at` is the first non-empty row, or 0), and the rows passed over above it (none when not
 * found). Empty rows are skipped; row numbers count from `firstRow` for `rows[0]`.
 * @example findHeaderRow([['Отчёт за март'], ['Клиент', 'Дата', 'Сумма']], undefined) // → { at: 1, found: true, above: [{ row: 1, text: 'Отчёт за март' }] }
 */
export function findHeaderRow(
  rows: readonly (readonly Cell[])[],
  columns: Partial<Record<FieldName, string>> | undefined,
  firstRow = 1,
): { at: number; found: boolean; above: AboveHeader[] } {
  const search = new HeaderSearch(columns);
  let firstNonEmpty = -1;
  for (let i = 0; i < rows.length; i++) {
    const texts = rows[i].map((c) => cellText(c));
    if (texts.every((t) => t.trim() === '')) continue;
    if (firstNonEmpty < 0) firstNonEmpty = i;
    const verdict = search.offer(texts, firstRow + i);
    if (verdict === 'header') return { at: i, found: true, above: search.above };
    if (verdict === 'give-up') break;
  }
  return { at: firstNonEmpty < 0 ? 0 : firstNonEmpty, found: false, above: [] };
}
