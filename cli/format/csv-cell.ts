/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n;\t]/;

/**
 * One CSV cell (RFC 4180, comma-separated): null and undefined are empty, numbers and booleans are written as
 * they are (so -12.5 stays a number), text is quoted when it holds a quote, separator or line break. With
 * `formulaSafe`, text starting with = + - @ (or tab / CR) gets a leading apostrophe so Excel, LibreOffice
 * and Google Sheets show it as text instead of running it.
 *
 * @example csvCell('=1+1', true) // → "'=1+1"
 * @example csvCell('a,b', false) // → '"a,b"'
 * @example csvCell(-12.5, true) // → "-12.5"
 */
export function csvCell(v: unknown, formulaSafe: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (formulaSafe && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
