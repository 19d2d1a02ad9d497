/**
 * A tolerant, allocation-free reader of number texts as people type them in spreadsheets:
 * `1 234,56`, `1,234.56`, `1234.56 ₽`, `$12`, `12 сум`, `(12.50)`, `-12`, `12-`, `1.5E+03`, and round sums
 * written with a word for thousands or millions (`15 т.р.`, `12 тыс. сум`, `1,5 млн`, `12k`).
 * The result is left in {@link scanned} (module scratch, valid until the next call).
 */

import { currencyOfAffix } from './currency-marker';
import { roundCents } from './round-cents';

/** Output of the last successful {@link scanNumber} call. */
export const scanned = {
  /** True for `-12`, `12-`, `(12)`, `−12`. */
  negative: false,
  /** Absolute value rounded half away from zero to 2 decimals, as an integer (cents). */
  cents: 0,
  /** Absolute value as a float (full precision, for quantities and unit prices). */
  value: 0,
  /** The currency the text names beside the number (`₽`, `руб.`, `USD`: see currencyOfAffix), or null. */
  currency: null as string | null,
};

/** Longest integer part accepted (so that cents stay exact integers). */
const MAX_INT_DIGITS = 13;
/** Letters allowed around a number (currency words such as "руб", "сум", "USD", "so'm"). */
const MAX_AFFIX_LETTERS = 6;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces that may separate thousands or surround a value: space, tab, NBSP, thin, narrow NBSP and friends. */
function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 ||
    c === 0x2007 || c === 0x2008 || c === 0x200a || c === 0x2002 || c === 0x2003 || c === 0x3000 ||
    c === 0xfeff || c === 0x200b
  );
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff) || (c >= 0xc0 && c <= 0x24f);
}

/** Currency symbols: $ € £ ¥ ₽ ₸ ₴ ₹ ₩ ₺ ₼ ₾ ¢ and the rest of the Unicode currency block. */
function isCurrencySymbol(c: number): boolean {
  return c === 36 || c === 0xa2 || c === 0xa3 || c === 0xa5 || (c >= 0x20a0 && c <= 0x20cf);
}

let affixNegative = false;
let affixOpen = false;
let affixClose = false;
let affixLetters = 0;
let affixSymbols = 0;

/** Checks the text around the digits; records signs and brackets. */
function scanAffix(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    if (isCurrencySymbol(c)) {
      affixSymbols++;
      continue;
    }
    if (c === 45 || c === 0x2212 || c === 0x2013) {
      if (affixNegative) return false;
      affixNegative = true;
    } else if (c === 43) {
      // explicit plus: fine
    } else if (c === 40) {
      if (affixOpen) return false;
      affixOpen = true;
    } else if (c === 41) {
      if (affixClose) return false;
      affixClose = true;
    } else if (isLetter(c) || c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bb || c === 46) {
      // letters of a currency word, the apostrophe of "so'm" (also ’ ‘ and the Uzbek ʻ of "soʻm"), the dot of "руб."
      if (isLetter(c) && ++affixLetters > MAX_AFFIX_LETTERS) return false;
    } else {
      return false;
    }
  }
  return true;
}

const SCIENTIFIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;

/**
 * A word after the digits that scales the number, as people write round sums by hand: thousands ("12 тыс.",
 * "15 т.р.", "12 тыс. сум", "12k", "12 ming"), millions ("1,5 млн", "2 mln"), billions and trillions. Only as the first word after
 * the number, so "12 т" (tenge) and "12 тг" stay 12. Without this, "15 т.р." read as 15.
 */
const THOUSANDS = /^(?:тыс|тысяч[аи]?|т\.?\s*р|тр|т\.?\s*руб|k|к|ming|минг)(?![\p{L}'’])/u;
const MILLIONS = /^(?:млн|миллион(?:а|ов)?|mln|mio|million|millions|mn)(?![\p{L}'’])/u;
const BILLIONS = /^(?:млрд|миллиард(?:а|ов)?|bn|bln|billion|billions)(?![\p{L}'’])/u;
const TRILLIONS = /^(?:трлн|триллион(?:а|ов)?|trillion|trillions)(?![\p{L}'’])/u;

/** 10³, 10⁶, 10⁹ or 10¹² when the text after the number starts with a word for it ({@link THOUSANDS}), else 1. */
function multiplierAfter(s: string, from: number): number {
  const rest = s.slice(from).trimStart().toLowerCase();
  if (THOUSANDS.test(rest)) return 1e3;
  if (MILLIONS.test(rest)) return 1e6;
  if (BILLIONS.test(rest)) return 1e9;
  if (TRILLIONS.test(rest)) return 1e12;
  return 1;
}

/**
 * Reads a number text. Returns false (and never throws) when the text is not a number.
 * Decimal separator rules: with both `,` and `.` the last one is decimal; a single `,` is decimal
 * unless it is followed by exactly 3 digits after a 1-3 digit integer part not starting with 0 and
 * no space grouping (`1,234` = 1234, `12,5` = 12.5, `0,125` = 0.125); several `,` or several `.` are
 * thousands separators; a single `.` is decimal.
 * @example scanNumber('1 234,56') // → true, scanned = { negative: false, cents: 123456, value: 1234.56 }
 */
export function scanNumber(s: string): boolean {
  scanned.currency = null;
  const n = s.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (isDigit(s.charCodeAt(i))) {
      first = i;
      break;
    }
  }
  if (first < 0) return false;
  let last = first;
  for (let i = n - 1; i > first; i--) {
    if (isDigit(s.charCodeAt(i))) {
      last = i;
      break;
    }
  }
  let start = first;
  if (first > 0) {
    const p = s.charCodeAt(first - 1);
    if (p === 46 || p === 44) start = first - 1; // ".5", ",5"
  }
  affixNegative = false;
  affixOpen = false;
  affixClose = false;
  affixLetters = 0;
  affixSymbols = 0;
  if (!scanAffix(s, 0, start) || !scanAffix(s, last + 1, n)) return scanScientific(s);
  if (affixOpen !== affixClose) return false;

  // Pass 1: which separators appear inside the number.
  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  let spaced = false;
  for (let i = start; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c === 46) {
      dots++;
      lastDot = i;
    } else if (isSpace(c) || c === 39 || c === 0x2019) {
      spaced = true;
    } else {
      return scanScientific(s);
    }
  }
  let decimalAt = -1;
  if (commas > 0 && dots > 0) {
    if (lastComma > lastDot) {
      if (commas > 1) return false;
      decimalAt = lastComma;
    } else {
      if (dots > 1) return false;
      decimalAt = lastDot;
    }
  } else if (commas === 1) {
    let after = 0;
    for (let i = lastComma + 1; i <= last; i++) if (isDigit(s.charCodeAt(i))) after++;
    const before = lastComma - start;
    const grouping = after === 3 && !spaced && before >= 1 && before <= 3 && s.charCodeAt(start) !== 48 && last - lastComma === 3;
    decimalAt = grouping ? -1 : lastComma;
  } else if (dots === 1) {
    decimalAt = lastDot;
  }

  // Pass 2: digits.
  let intPart = 0;
  let intDigits = 0;
  let fracMant = 0;
  let fracDigits = 0;
  let centsFrac = 0;
  let roundUp = false;
  const intEnd = decimalAt < 0 ? last + 1 : decimalAt;
  // Thousands groups: the first has 1-3 digits, every later one exactly 3 ("12.34.56" is not a number).
  let groupDigits = 0;
  let groups = 0;
  let prevSeparator = false;
  for (let i = start; i < intEnd; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) {
      if (prevSeparator) return false;
      if (groups === 0 ? groupDigits < 1 || groupDigits > 3 : groupDigits !== 3) return false;
      groups++;
      groupDigits = 0;
      prevSeparator = true;
      continue;
    }
    prevSeparator = false;
    groupDigits++;
    if (intDigits > 0 || c !== 48) intDigits++;
    intPart = intPart * 10 + (c - 48);
  }
  if (groups > 0 && groupDigits !== 3) return false;
  if (intDigits > MAX_INT_DIGITS) return false;
  if (decimalAt >= 0) {
    for (let i = decimalAt + 1; i <= last; i++) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) return false; // a group separator after the decimal point
      const d = c - 48;
      if (fracDigits < 2) centsFrac = centsFrac * 10 + d;
      else if (fracDigits === 2) roundUp = d >= 5;
      if (fracDigits < 15) fracMant = fracMant * 10 + d;
      fracDigits++;
    }
  }
  if (fracDigits === 1) centsFrac *= 10;
  scanned.negative = affixNegative || affixOpen;
  scanned.cents = intPart * 100 + centsFrac + (roundUp ? 1 : 0);
  scanned.value = intPart + (fracDigits > 0 ? fracMant / POW10[Math.min(fracDigits, 15)] : 0);
  if (affixLetters > 0 || affixSymbols > 0) scanned.currency = currencyOfAffix(`${s.slice(0, start)} ${s.slice(last + 1)}`);
  if (affixLetters > 0) {
    const scale = multiplierAfter(s, last + 1);
    if (scale !== 1) {
      const value = Number((scanned.value * scale).toPrecision(15));
      if (value >= 10 ** MAX_INT_DIGITS) return false;
      scanned.value = value;
      scanned.cents = roundCents(value);
    }
  }
  return true;
}

function scanScientific(s: string): boolean {
  const t = s.trim();
  if (!SCIENTIFIC.test(t)) return false;
  const v = Number(t);
  if (!Number.isFinite(v) || Math.abs(v) >= 1e13) return false;
  scanned.negative = v < 0;
  scanned.value = Math.abs(v);
  scanned.cents = roundCents(Math.abs(v));
  return true;
}
