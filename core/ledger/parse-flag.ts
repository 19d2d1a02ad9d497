import type { Cell } from './types';

const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'n', 'нет', 'н', '-', '—', 'none', 'null', 'n/a', 'без промо', 'off']);

/**
 * A yes/no flag cell (the promo flag): true for `TRUE`, `1`, `да`, `yes`, `x`, a promo code such as
 * `SPRING10` or any other non-empty text; false for an empty cell, `FALSE`, `0`, `нет`, `no`, `-`. Never throws.
 * @example parseFlag('Да') // → true
 * @example parseFlag('SPRING10') // → true
 * @example parseFlag('нет') // → false
 */
export function parseFlag(value: Cell): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value !== 'string') return true;
  if (value === '' || FALSE_WORDS.has(value)) return false;
  return !FALSE_WORDS.has(value.trim().toLowerCase());
}
