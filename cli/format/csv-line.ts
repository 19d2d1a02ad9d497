/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n;\t]/;

/**
 * One CSV line (RFC 4180, comma-separated, CRLF not included) from cell values.
 * Text cells are quoted when they hold a quote, separator or line break. With `formulaSafe`, a text cell
 * starting with = + - @ (or tab / CR) gets a leading apostrophe so Excel, LibreOffice and Google Sheets
 * show it as text instead of running it; numbers are written as they are (so -12.5 stays a number).
 *
 * @example csvLine(['a,b', 3, '=1+1'], true) // → '"a,b",3,\'=1+1'
 */
export function csvLine(cells: readonly unknown[], formulaSafe: boolean): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += ',';
    const v = cells[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' || typeof v === 'boolean') {
      out += String(v);
      continue;
    }
    let s = String(v);
    if (formulaSafe && FORMULA_START.test(s)) s = `'${s}`;
    out += NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
  return out;
}
