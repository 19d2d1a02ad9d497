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
  let digits = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += s[i];
  }
  if (digits.length < 7 || digits.length > 15) return '';
  if (digits.length === 11 && digits.charCodeAt(0) === 56) return '7' + digits.slice(1);
  if (digits.length === 10 && digits.charCodeAt(0) === 57 && !s.trimStart().startsWith('+')) return '7' + digits;
  return digits;
}
