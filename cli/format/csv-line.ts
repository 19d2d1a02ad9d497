import { csvCell } from './csv-cell';

/**
 * One CSV line (RFC 4180, comma-separated, CRLF not included) from cell values, each written by
 * {@link csvCell}: text cells are quoted when they hold a quote, separator or line break; with `formulaSafe`,
 * a text cell starting with = + - @ (or tab / CR) gets a leading apostrophe so a spreadsheet shows it as text
 * instead of running it; numbers are written as they are (so -12.5 stays a number).
 *
 * @example csvLine(['a,b', 3, '=1+1'], true) // → '"a,b",3,\'=1+1'
 */
export function csvLine(cells: readonly unknown[], formulaSafe: boolean): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += ',';
    out += csvCell(cells[i], formulaSafe);
  }
  return out;
}
