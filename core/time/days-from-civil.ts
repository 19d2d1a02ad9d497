/**
 * Day number (days since 1970-01-01) of a year-month-day, or NaN when it is not a real calendar date
 * (years 1000..9999). Pure arithmetic (H. Hinnant's days_from_civil), no Date object: the hot path of
 * date parsing calls it once per row.
 * @example daysFromCivil(2025, 3, 12) // → 20159
 * @example daysFromCivil(2025, 2, 29) // → NaN
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const dim = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > dim) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
