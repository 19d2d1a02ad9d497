import type { Cell } from './types';
import { roundCents } from './round-cents';
import { scanned, scanNumber } from './scan-number';

/**
 * Money amount of a cell in integer cents (minor units), or NaN when the cell is not an amount.
 * Never throws. Accepts numbers and texts such as `1 234,56`, `1,234.56`, `1234.56 ₽`, `$12`,
 * `12 сум`, `(12.50)` (negative), `-12`, `12-`, with any spaces (NBSP, thin) as thousands separators.
 * Amounts are rounded half away from zero to whole cents. Empty cells, booleans and dates give NaN.
 * @example parseAmount('1 234,56') // → 123456
 * @example parseAmount('(12.50)') // → -1250
 * @example parseAmount('n/a') // → NaN
 */
export function parseAmount(value: Cell): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e13) return NaN;
    return Number.isInteger(value) ? value * 100 + 0 : roundCents(value); // + 0 turns -0 into 0
  }
  if (typeof value !== 'string' || !scanNumber(value)) return NaN;
  return scanned.negative && scanned.cents !== 0 ? -scanned.cents : scanned.cents;
}
