import type { Cell } from './types';
import { scanned, scanNumber } from './scan-number';

/**
 * A plain number from a cell (a quantity or a unit price), or NaN when the cell is not a number.
 * Never throws. Reads the same formats as {@link parseAmount} but keeps full precision.
 * @example parseDecimal('1,5') // → 1.5
 * @example parseDecimal('2 шт') // → 2
 * @example parseDecimal('') // → NaN
 */
export function parseDecimal(value: Cell): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string' || !scanNumber(value)) return NaN;
  return scanned.negative && scanned.value !== 0 ? -scanned.value : scanned.value;
}
