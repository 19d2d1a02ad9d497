/** A field separator: one character, or `whitespace` for whitespace-aligned files (runs of spaces/tabs). */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

/**
 * Guesses the separator from a file's first line: the most frequent of comma, semicolon and tab outside
 * quotes; when the line has none of them but has runs of whitespace between words, `whitespace`.
 *
 * @example detectDelimiter('Дата;Клиент;Сумма') // → ';'
 * @example detectDelimiter(' customer_id  date number_of_cds  dollar_value') // → 'whitespace'
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[best] > 0) return best;
  return /\S\s+\S/.test(firstLine.trim()) ? 'whitespace' : ',';
}

/**
 * The delimiter named by a `--delimiter` value: `,` `;` `|`, `tab` or `\t`, `whitespace`/`space`, or
 * `auto`/undefined (detect from the first line → null).
 *
 * @example parseDelimiterFlag('tab') // → '\t'
 */
export function parseDelimiterFlag(value: string | undefined): Delimiter | null | undefined {
  if (value === undefined || value === 'auto') return null;
  const v = value.toLowerCase();
  if (v === ',' || v === 'comma') return ',';
  if (v === ';' || v === 'semicolon') return ';';
  if (v === '|' || v === 'pipe') return '|';
  if (v === 'tab' || v === '\\t' || v === '\t') return '\t';
  if (v === 'whitespace' || v === 'space' || v === 'spaces') return 'whitespace';
  return undefined;
}
