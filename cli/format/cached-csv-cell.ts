import { csvCell } from './csv-cell';

/**
 * A formula-safe {@link csvCell} that remembers each value's cell text: for columns that repeat a few values
 * over many rows (segment names, managers, dates), so a big CSV escapes each distinct value once.
 *
 * @example const cell = cachedCsvCell(); cell('=x'); cell('=x') // → "'=x" (escaped once)
 */
export function cachedCsvCell(): (v: unknown) => string {
  const cells = new Map<unknown, string>();
  return (v) => {
    let s = cells.get(v);
    if (s === undefined) {
      s = csvCell(v, true);
      cells.set(v, s);
    }
    return s;
  };
}
