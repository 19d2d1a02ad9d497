import type { Cell } from './types';
import { parseDateCode, unpackDay, unpackMinute, type DateOrder } from './parse-date-code';

/** A civil date read from a cell: day number and minute of the day (-1 when the cell has no time). */
export interface ParsedDate {
  day: number;
  minute: number;
}

/**
 * Reads a date cell. Never throws on any cell value; returns null when it is not a date.
 * Formats: `2025-03-12`, `2025-03-12 10:00`, ISO 8601 with `Z` or an offset (converted to `timeZone`),
 * `12.03.2025`, `12/03/2025` or `03/12/2025` (by `dateOrder`, never guessed), two-digit years
 * (`12.03.25`; 00-49 → 20xx, 50-99 → 19xx), `20250312`, spreadsheet serial days (`45728`, `45728.5`),
 * Unix seconds or milliseconds, Date objects (read in `timeZone`; local midnight = no time), am/pm times, and
 * months written as words (`12 марта 2025 г.`, `March 12, 2025`, `12-Mar-25`; no date order needed).
 * @param options.dateOrder 'dmy' (default) or 'mdy'
 * @param options.timeZone IANA zone for instants, default 'UTC'
 * @example parseDate('12.03.2025 10:30') // → { day: 20159, minute: 630 }
 * @example parseDate('03/12/2025', { dateOrder: 'mdy' }) // → { day: 20159, minute: -1 }
 * @example parseDate('2025-03-11T22:30:00Z', { timeZone: 'Europe/Moscow' }) // → { day: 20159, minute: 90 }
 * @example parseDate('12 марта 2025 г., 10:00') // → { day: 20159, minute: 600 }
 * @example parseDate('soon') // → null
 */
export function parseDate(value: Cell, options: { dateOrder?: DateOrder; timeZone?: string } = {}): ParsedDate | null {
  const code = parseDateCode(value, options.dateOrder === 'mdy', options.timeZone ?? 'UTC');
  if (Number.isNaN(code)) return null;
  return { day: unpackDay(code), minute: unpackMinute(code) };
}
