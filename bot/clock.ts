/**
 * Time as an injected dependency: the bot never calls `new Date()` itself, so tests drive it with a fake clock.
 */
import { dayFromYmd } from '../core';

/** Where the bot reads "now" from. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. @example const c = fakeClock('2026-11-23T06:00:00Z'); c.advance(60_000) */
export interface FakeClock extends Clock {
  set(iso: string | Date): void;
  advance(ms: number): void;
}

/** Creates a {@link FakeClock} starting at `start`. */
export function fakeClock(start: string | Date): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A wall-clock reading in a time zone. */
export interface LocalTime {
  /** Day number of the local civil date (see core/time). */
  day: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  weekday: number;
  /** Day of the month, 1..31. */
  dayOfMonth: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The civil date and time of an instant in a time zone.
 * @example localTime(new Date('2026-11-22T21:30:00Z'), 'Europe/Moscow') // → { day: 20780 (2026-11-23), minutes: 30, weekday: 1, dayOfMonth: 23 }
 */
export function localTime(instant: Date, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const day = dayFromYmd(parts.year, parts.month, parts.day);
  // 1970-01-01 was a Thursday (ISO 4).
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
  return { day, minutes: parts.hour * 60 + parts.minute, weekday, dayOfMonth: parts.day };
}

/** "HH:MM" → minutes since midnight. @example minutesOf('09:30') // → 570 */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
