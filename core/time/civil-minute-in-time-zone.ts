/**
 * Civil (wall-clock) minute of an instant in an IANA time zone.
 * The time zone is applied once, where an instant is read; everything after works on civil values.
 */
import { UserInputError } from '../errors';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The cached `Intl.DateTimeFormat` for a zone; throws {@link UserInputError} for an unknown zone.
 * @example zoneFormatter('Europe/Moscow').resolvedOptions().timeZone // → "Europe/Moscow"
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    throw new UserInputError(
      `часовой пояс «${timeZone}» неизвестен: укажите имя IANA, например Europe/Moscow или UTC / ` +
        `time zone "${timeZone}" is not known: use an IANA name like Europe/Moscow or UTC`,
      'timeZone',
    );
  }
  formatters.set(timeZone, f);
  return f;
}

/**
 * Minutes since 1970-01-01 00:00 of the wall-clock time an instant shows in a time zone
 * (so `Math.floor(result / 1440)` is the day number and `result % 1440` the minute of the day).
 * UTC needs no Intl call; other zones use `Intl.DateTimeFormat`. Seconds are dropped.
 * @param epochMs milliseconds since the Unix epoch (an instant)
 * @param timeZone IANA zone name, e.g. "Europe/Moscow"
 * @throws UserInputError when the zone is unknown
 * @example civilMinuteInTimeZone(Date.UTC(2025, 2, 11, 22, 30), 'Europe/Moscow') // → 29029050 (2025-03-12 01:30)
 */
export function civilMinuteInTimeZone(epochMs: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return Math.floor(epochMs / 60_000);
  // Zone offsets change only at transitions on quarter-hour boundaries (since 1900): one Intl call
  // per 15-minute bucket, so a column of a million Date cells costs a few thousand Intl calls.
  let cache = offsetCache.get(timeZone);
  if (cache === undefined) {
    zoneFormatter(timeZone);
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(epochMs / QUARTER_HOUR_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = civilMinuteByIntl(bucket * QUARTER_HOUR_MS, timeZone) - bucket * 15;
    if (cache.size >= 100_000) cache.clear();
    cache.set(bucket, offset);
  }
  return Math.floor(epochMs / 60_000) + offset;
}

const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The same as {@link civilMinuteInTimeZone}, always through Intl (no cache). */
export function civilMinuteByIntl(epochMs: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(epochMs);
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      default:
        break;
    }
  }
  return Math.floor(Date.UTC(y, mo - 1, d, h, mi) / 60_000);
}
