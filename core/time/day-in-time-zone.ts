import { civilMinuteInTimeZone } from './civil-minute-in-time-zone';

/**
 * Day number (days since 1970-01-01) of the civil date an instant falls on in a time zone.
 * @param epochMs milliseconds since the Unix epoch
 * @param timeZone IANA zone name, e.g. "Europe/Moscow"
 * @throws UserInputError when the zone is unknown
 * @example dayInTimeZone(Date.UTC(2025, 2, 11, 22, 30), 'Europe/Moscow') // → 20159 (2025-03-12)
 * @example dayInTimeZone(Date.UTC(2025, 2, 11, 22, 30), 'UTC') // → 20158 (2025-03-11)
 */
export function dayInTimeZone(epochMs: number, timeZone: string): number {
  return Math.floor(civilMinuteInTimeZone(epochMs, timeZone) / 1440);
}
