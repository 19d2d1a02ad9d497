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
  // One offset per hour, read at its first and last minute, so a column of a million Date cells costs a few
  // thousand Intl calls. An hour whose two readings differ holds a change (at :30 in half-hour zones, at
  // 00:01 local in Newfoundland 1987-2011) and is read through Intl minute by minute. Before 1973 some zones
  // still kept local mean time, offsets with seconds (Liberia −0:44:30), which no minute offset fits: read
  // through Intl too.
  if (epochMs < MODERN_MS) return civilMinuteByIntl(epochMs, timeZone);
  let cache = offsetCache.get(timeZone);
  if (cache === undefined) {
    zoneFormatter(timeZone);
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const first = civilMinuteByIntl(hour * HOUR_MS, timeZone) - hour * 60;
    const last = civilMinuteByIntl(hour * HOUR_MS + 59 * 60_000, timeZone) - (hour * 60 + 59);
    offset = first === last ? first : MIXED;
    if (cache.size >= 100_000) cache.clear();
    cache.set(hour, offset);
  }
  return Number.isNaN(offset) ? civilMinuteByIntl(epochMs, timeZone) : Math.floor(epochMs / 60_000) + offset;
}

const HOUR_MS = 3_600_000;
/** Cached for an hour that holds an offset change (no single offset fits it). */
const MIXED = Number.NaN;
/** 1973-01-01 UTC: from here on every zone's offsets are whole minutes. */
const MODERN_MS = Date.UTC(1973, 0, 1);
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
