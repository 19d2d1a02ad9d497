import { csvLine } from './csv-line';

/**
 * A whole CSV document (header + rows, CRLF line ends as RFC 4180 says), formula-safe: text cells starting
 * with = + - @ get a leading apostrophe so a spreadsheet never runs them (see {@link csvLine}).
 *
 * @example renderCsv(['name', 'n'], [['=cmd', 1]]) // → "name,n\r\n'=cmd,1\r\n"
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  let out = csvLine(header, true) + '\r\n';
  for (const r of rows) out += csvLine(r, true) + '\r\n';
  return out;
}
