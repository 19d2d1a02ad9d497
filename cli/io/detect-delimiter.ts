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
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = countOutsideQuotes(firstLine, c);
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  if (bestCount > 0) return best;
  return /\S\s+\S/.test(firstLine.trim()) ? 'whitespace' : ',';
}

/** The separators guessed, in order of preference when counts tie. */
const CANDIDATES = [',', ';', '\t'] as const;

/**
 * Guesses the separator from the first non-blank lines of a file (up to 20), so that a title above the
 * header ("Отчёт о продажах, март 2025") does not decide it: per candidate (comma, semicolon, tab, outside
 * quotes) the most common count among lines that have it, and how many lines have that count; the candidate
 * most lines agree on wins (then the one with more cells). With none of them, as {@link detectDelimiter}
 * reads the first line (`whitespace` for an aligned file). One line is read as {@link detectDelimiter} reads it.
 *
 * @example detectDelimiterFromLines(['Отчёт о продажах, март 2025', 'Клиент;Дата;Сумма', '1001;12.03.2025;10']) // → ';'
 */
export function detectDelimiterFromLines(lines: readonly string[]): Delimiter {
  if (lines.length <= 1) return detectDelimiter(lines[0] ?? '');
  let best: Delimiter | null = null;
  let bestAgree = 0;
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, c);
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [count, agree] of tally) {
      if (agree > bestAgree || (agree === bestAgree && count > bestCount)) {
        best = c;
        bestAgree = agree;
        bestCount = count;
      }
    }
  }
  return best ?? detectDelimiter(lines[0]);
}

/** How many times `c` occurs in `line` outside double quotes. */
function countOutsideQuotes(line: string, c: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === c) n++;
  }
  return n;
}

/**
 * The delimiter named by a `--delimiter` value: `,` `;` `|`, `tab` or `\t`, `whitespace`/`space`/` `, or
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
  if (v === 'whitespace' || v === 'space' || v === 'spaces' || v === ' ') return 'whitespace';
  return undefined;
}
