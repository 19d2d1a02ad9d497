import type { Cell } from './types';

const DECIMAL_ZEROS = /^(-?\d+)\.0+$/;

/**
 * Canonical text of an id cell (customer or order id); '' for an empty cell. Never throws.
 * Trims spaces; numbers and number-like texts lose a zero fraction, so `17850.0`, `"17850.0"` and
 * `17850` are the same id. Leading zeros are kept (`00001` stays `00001`); letter case is kept.
 * @example normalizeId(17850) // → "17850"
 * @example normalizeId(' 17850.0 ') // → "17850"
 * @example normalizeId('C536379') // → "C536379"
 */
export function normalizeId(value: Cell): string {
  if (typeof value === 'string') {
    let s = value;
    const n = s.length;
    if (n === 0) return '';
    const a = s.charCodeAt(0);
    const z = s.charCodeAt(n - 1);
    if (a <= 32 || z <= 32 || a === 0xa0 || z === 0xa0 || a === 0xfeff) s = s.trim();
    if (s.length > 2 && s.charCodeAt(s.length - 1) === 48 && s.includes('.')) {
      const m = DECIMAL_ZEROS.exec(s);
      if (m) s = m[1];
    }
    return s;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}
