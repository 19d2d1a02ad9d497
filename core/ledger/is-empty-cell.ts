import type { Cell } from './types';

/**
 * True for a cell with nothing in it: null, undefined, '' or only spaces (including NBSP).
 * @example isEmptyCell('  ') // → true
 * @example isEmptyCell(0) // → false
 */
export function isEmptyCell(value: Cell): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'string') return false;
  const c = value.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c !== 0xfeff) return false;
  return value.trim() === '';
}
