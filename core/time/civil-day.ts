/**
 * Day numbers: whole days since 1970-01-01 of a civil (calendar) date, with no time zone attached.
 * Every date in core is a day number; the time zone is applied once, where an instant is read.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Day number of a civil date.
 * @param year full year, e.g. 2025
 * @param month 1..12
 * @param day 1..31
 * @returns days since 1970-01-01
 * @example dayFromYmd(1970, 1, 2) // → 1
 * @example dayFromYmd(2025, 3, 12) // → 20159
 */
export function dayFromYmd(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * True when year-month-day is a real calendar date (e.g. 2025-02-29 is not).
 * @example isValidYmd(2024, 2, 29) // → true
 */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * ISO `YYYY-MM-DD` text of a day number.
 * @example isoFromDay(20159) // → "2025-03-12"
 */
export function isoFromDay(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Day number of an exact `YYYY-MM-DD` text, or null when it is not a real date.
 * @example dayFromIso("2025-03-12") // → 20159
 * @example dayFromIso("2025-02-30") // → null
 */
export function dayFromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}
