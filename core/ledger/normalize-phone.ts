import type { Cell } from './types';

/**
 * Normalised phone number for identity matching: digits only, with the country code; '' when the
 * cell has fewer than 7 digits. Russian forms are one number: `8 916 123-45-67`, `+7 (916) 123-45-67`,
 * `79161234567` and a bare 10-digit `9161234567` all give `79161234567`. Never throws.
 * @example normalizePhone('8 (916) 123-45-67') // → "79161234567"
 * @example normalizePhone('+998 90 123 45 67') // → "998901234567"
 */
export function normalizePhone(value: Cell): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' && Number.isInteger(value) && value > 0) s = String(value);
  else return '';
  // Digits as a number (≤ 15 digits is exact) plus the count of leading zeros: no string building per digit.
  let digits = 0;
  let count = 0;
  let zeros = 0;
  let first = -1;
  let plus = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (count === 0) first = c;
      if (digits === 0 && c === 48) zeros++;
      digits = digits * 10 + (c - 48);
      if (++count > 15) return '';
    } else if (c === 43 && count === 0) plus = true;
  }
  if (count < 7) return '';
  if (count === 11 && first === 56) return String(digits - 8e10 + 7e10); // 8XXXXXXXXXX → 7XXXXXXXXXX
  if (count === 10 && first === 57 && !plus) return String(7e10 + digits); // 9XXXXXXXXX → 79XXXXXXXXX
  return zeros > 0 ? '0'.repeat(zeros) + (digits === 0 ? '' : String(digits)) : String(digits);
}
