import { NOT_SIMPLE } from './not-simple';
import { packDate } from './parse-date-code';
import { daysFromCivil } from '../time/days-from-civil';

function d2(b: Uint8Array, i: number): number {
  const x = b[i] - 48;
  const y = b[i + 1] - 48;
  if (x < 0 || x > 9 || y < 0 || y > 9) return -1;
  return x * 10 + y;
}

function d4(b: Uint8Array, i: number): number {
  const x = d2(b, i);
  const y = d2(b, i + 2);
  return x < 0 || y < 0 ? -1 : x * 100 + y;
}

/**
 * {@link parseDateCode} for the commonest date cells, read straight from a file's bytes without making a
 * string: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM[:SS]`, `YYYYMMDD`, `DD.MM.YYYY`,
 * `DD/MM/YYYY` and `MM/DD/YYYY` (by `monthFirst`). None of these carries an offset, so the time zone does not
 * matter. Any other cell returns {@link NOT_SIMPLE} and the caller reads it as text; when the result is a
 * number (a packed date, or NaN for a well-formed impossible date such as `2025-02-30`) it is exactly what
 * parseDateCode gives for the same text (a property test checks this).
 * @example unpackDay(asciiDateCode(new TextEncoder().encode('2025-03-12'), 0, 10, false)) // → 20159
 */
export function asciiDateCode(b: Uint8Array, start: number, end: number, monthFirst: boolean): number {
  const n = end - start;
  if (n >= 10 && b[start + 4] === 45 && b[start + 7] === 45) {
    const y = d4(b, start);
    const mo = d2(b, start + 5);
    const d = d2(b, start + 8);
    if (y < 0 || mo < 0 || d < 0) return NOT_SIMPLE;
    if (n === 10) return packDate(daysFromCivil(y, mo, d), -1);
    const sep = b[start + 10];
    if ((sep === 32 || sep === 84) && b[start + 13] === 58 && (n === 16 || (n === 19 && b[start + 16] === 58))) {
      const h = d2(b, start + 11);
      const mi = d2(b, start + 14);
      if (n === 19 && d2(b, start + 17) < 0) return NaN;
      if (h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
      return packDate(daysFromCivil(y, mo, d), h * 60 + mi);
    }
    return NOT_SIMPLE;
  }
  if (n === 8) {
    const y = d4(b, start);
    const md = d4(b, start + 4);
    if (y >= 0 && md >= 0) return packDate(daysFromCivil(y, Math.floor(md / 100), md % 100), -1);
    return NOT_SIMPLE;
  }
  if (n === 10) {
    const sep = b[start + 2];
    if ((sep === 46 || sep === 47 || sep === 45) && b[start + 5] === sep) {
      const a = d2(b, start);
      const c = d2(b, start + 3);
      const y = d4(b, start + 6);
      if (a >= 0 && c >= 0 && y >= 0) return monthFirst ? packDate(daysFromCivil(y, a, c), -1) : packDate(daysFromCivil(y, c, a), -1);
    }
  }
  return NOT_SIMPLE;
}
