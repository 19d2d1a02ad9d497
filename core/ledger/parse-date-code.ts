/**
 * The hot-path date reader behind {@link parseDate}: returns one number (no allocation) that packs
 * the day number and the minute of the day, or NaN. Fast paths for `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`,
 * `YYYYMMDD` and `DD.MM.YYYY` come before any regular expression (month names come last); Intl is used
 * only for values that carry an offset and for Date objects.
 */
import type { Cell } from './types';
import { daysFromCivil } from '../time/days-from-civil';
import { civilMinuteInTimeZone } from '../time/civil-minute-in-time-zone';
import { monthOfName } from './month-names';

/** Day order for `12/03/2025`-style dates: day first (`dmy`) or month first (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

/** Packs a day number and a minute (0..1439, or -1 for "no time") into one number. */
export function packDate(day: number, minute: number): number {
  return day * 2048 + minute + 1;
}

/** Day number of a packed date. @example unpackDay(packDate(20159, 600)) // → 20159 */
export function unpackDay(code: number): number {
  return Math.floor(code / 2048);
}

/** Minute of the day of a packed date, -1 when unknown. @example unpackMinute(packDate(20159, -1)) // → -1 */
export function unpackMinute(code: number): number {
  return code - Math.floor(code / 2048) * 2048 - 1;
}

/** Spreadsheet serial day of 1970-01-01 (Google Sheets and Excel after 1900-03-01). */
const SERIAL_EPOCH = 25569;
/** Serial of 9999-12-31 + 1. */
const SERIAL_MAX = 2958466;
/** Serials below 1000 (before 1902-09-26) are taken for junk such as `12.03`, not for dates. */
const SERIAL_MIN = 1000;

function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

function d4(s: string, i: number): number {
  const a = d2(s, i);
  const b = d2(s, i + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

function ymd(y: number, m: number, d: number, minute: number): number {
  return packDate(daysFromCivil(y, m, d), minute); // NaN stays NaN
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 0xfeff;
}

const YMD =
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;
const DMY =
  /^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;
const SERIAL_TEXT = /^\d{1,13}(?:[.,]\d+)?$/;
/** An optional weekday before a date with a named month ("Wed, ", "ср, "), and the time that may follow it. */
const WEEKDAY = String.raw`(?:[A-Za-zА-Яа-яЁё]{2,}\.?,\s*)?`;
const TIME = String.raw`(?:\s*(?:г\.?|года?))?(?:[,\s]+(?:в\s+|at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$`;
const WORD = String.raw`([A-Za-zА-Яа-яЁё]+\.?)`;
/** `12 марта 2025 г.`, `12-Mar-25`, `Wed, 12 Mar 2025 10:00:00 +0300`: day, month name, year, then the time. */
const D_NAME_Y = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-./]\s*|\s+)${WORD}(?:\s*[-./,]\s*|\s+)(\d{4}|\d{2})${TIME}`);
/** `March 12, 2025`, `Mar 12 2025 10:00 PM`: month name, day, year, then the time. */
const NAME_D_Y = new RegExp(String.raw`^${WEEKDAY}${WORD}\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`);

/** Minute of the day from hour, minute and an optional am/pm marker; -2 when invalid. */
function minuteOf(hText: string | undefined, mText: string | undefined, ampm: string | undefined): number {
  if (hText === undefined || mText === undefined) return -1;
  let h = Number(hText);
  const m = Number(mText);
  if (m > 59) return -2;
  if (ampm) {
    if (h < 1 || h > 12) return -2;
    const pm = ampm.charCodeAt(0) === 80 || ampm.charCodeAt(0) === 112;
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 23) return -2;
  return h * 60 + m;
}

/** Applies an explicit offset (`Z`, `+03:00`, `-0500`): converts the written wall time to the ledger's zone. */
function withOffset(y: number, mo: number, d: number, minute: number, offset: string, timeZone: string): number {
  if (daysFromCivil(y, mo, d) !== daysFromCivil(y, mo, d)) return NaN;
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'UTC' && offset !== 'GMT') {
    const sign = offset.charCodeAt(0) === 45 ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 14 || om > 59) return NaN;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const epochMs = Date.UTC(y, mo - 1, d, 0, Math.max(minute, 0)) - offsetMinutes * 60_000;
  return fromCivilMinute(civilMinuteInTimeZone(epochMs, timeZone), minute >= 0);
}

function fromCivilMinute(civil: number, keepMinute: boolean): number {
  const day = Math.floor(civil / 1440);
  return packDate(day, keepMinute ? civil - day * 1440 : -1);
}

/** A number in a date cell: `20250312`, a spreadsheet serial day (45728, 45728.5) or Unix seconds/milliseconds. */
function fromNumber(n: number, timeZone: string): number {
  if (!Number.isFinite(n) || n <= 0) return NaN;
  if (Number.isInteger(n) && n >= 10000101 && n <= 99991231) {
    return ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, -1);
  }
  if (n >= SERIAL_MIN && n < SERIAL_MAX) {
    const whole = Math.floor(n);
    const day = whole - SERIAL_EPOCH;
    if (whole === n) return packDate(day, -1);
    const minute = Math.min(1439, Math.round((n - whole) * 1440));
    return packDate(day, minute);
  }
  if (n >= 1e9 && n < 1e11) return fromCivilMinute(civilMinuteInTimeZone(n * 1000, timeZone), true);
  if (n >= 1e12 && n < 1e14) return fromCivilMinute(civilMinuteInTimeZone(n, timeZone), true);
  return NaN;
}

function fromText(raw: string, monthFirst: boolean, timeZone: string): number {
  let s = raw;
  const n0 = s.length;
  if (n0 === 0) return NaN;
  if (isBlank(s.charCodeAt(0)) || isBlank(s.charCodeAt(n0 - 1))) s = s.trim();
  const n = s.length;
  const c4 = s.charCodeAt(4);
  // Fast paths: YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], YYYY-MM-DDTHH:MM[:SS]
  if (n >= 10 && c4 === 45 && s.charCodeAt(7) === 45) {
    const y = d4(s, 0);
    const mo = d2(s, 5);
    const d = d2(s, 8);
    if (y >= 0 && mo >= 0 && d >= 0) {
      if (n === 10) return ymd(y, mo, d, -1);
      const sep = s.charCodeAt(10);
      if ((sep === 32 || sep === 84) && s.charCodeAt(13) === 58 && (n === 16 || (n === 19 && s.charCodeAt(16) === 58))) {
        const h = d2(s, 11);
        const mi = d2(s, 14);
        if (n === 19 && d2(s, 17) < 0) return NaN;
        if (h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
        return ymd(y, mo, d, h * 60 + mi);
      }
    }
  }
  // YYYYMMDD
  if (n === 8) {
    const y = d4(s, 0);
    const md = d4(s, 4);
    if (y >= 0 && md >= 0) return ymd(y, Math.floor(md / 100), md % 100, -1);
  }
  // DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY
  if (n === 10) {
    const sep = s.charCodeAt(2);
    if ((sep === 46 || sep === 47 || sep === 45) && s.charCodeAt(5) === sep) {
      const a = d2(s, 0);
      const b = d2(s, 3);
      const y = d4(s, 6);
      if (a >= 0 && b >= 0 && y >= 0) return monthFirst ? ymd(y, a, b, -1) : ymd(y, b, a, -1);
    }
  }
  return slowText(s, monthFirst, timeZone);
}

function slowText(s: string, monthFirst: boolean, timeZone: string): number {
  let m = YMD.exec(s);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = DMY.exec(s);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      y = Number(m[3]);
      if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
      mo = monthFirst ? a : b;
      d = monthFirst ? b : a;
    } else {
      if (SERIAL_TEXT.test(s)) return fromNumber(Number(s.replace(',', '.')), timeZone);
      return namedMonth(s, timeZone);
    }
  }
  const minute = minuteOf(m[4], m[5], m[7]);
  if (minute === -2) return NaN;
  if (m[8] && minute >= 0) return withOffset(y, mo, d, minute, m[8].toUpperCase(), timeZone);
  return ymd(y, mo, d, minute);
}

/**
 * A date whose month is a word (`12 марта 2025 г.`, `March 12, 2025`, `12-Mar-25`): the month is named, so no
 * day/month order applies. Two-digit years as in `12.03.25`.
 */
function namedMonth(s: string, timeZone: string): number {
  let d: number;
  let mo: number;
  let y: string;
  let m = D_NAME_Y.exec(s);
  if (m) {
    d = Number(m[1]);
    mo = monthOfName(m[2]);
    y = m[3];
  } else {
    m = NAME_D_Y.exec(s);
    if (!m) return NaN;
    mo = monthOfName(m[1]);
    d = Number(m[2]);
    y = m[3];
  }
  if (mo === 0) return NaN;
  const year = y.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y);
  const minute = minuteOf(m[4], m[5], m[7]);
  if (minute === -2) return NaN;
  if (m[8] && minute >= 0) return withOffset(year, mo, d, minute, m[8].toUpperCase(), timeZone);
  return ymd(year, mo, d, minute);
}

/**
 * Packed date (see {@link packDate}) of a cell, or NaN when the cell is not a date. Never throws on
 * any cell (an unknown `timeZone` is the caller's mistake and throws UserInputError, only when
 * the value carries an offset or is a Date).
 * @param monthFirst true for `mdy` (03/12/2025 = March 12), false for `dmy`
 * @param timeZone IANA zone for instants (values with an offset, Date objects, Unix times)
 * @example unpackDay(parseDateCode('2025-03-12', false, 'UTC')) // → 20159
 */
export function parseDateCode(value: Cell, monthFirst: boolean, timeZone: string): number {
  if (typeof value === 'string') return fromText(value, monthFirst, timeZone);
  if (typeof value === 'number') return fromNumber(value, timeZone);
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) return NaN;
    // A date-only spreadsheet cell arrives as local midnight: read it as a date without a time.
    const civil = civilMinuteInTimeZone(t, timeZone);
    return fromCivilMinute(civil, civil - Math.floor(civil / 1440) * 1440 !== 0);
  }
  return NaN;
}
