import type { Cell } from './types';

/** `1,23457E+11`, `7.91612E+10`, `1E+11`: how Excel shows a long number it keeps only 15 (or fewer) digits of. */
const ROUNDED = /^\s*\d(?:[.,]\d+)?[eE]\+\d{1,3}\s*$/;

/**
 * Whether a text cell is a long number Excel turned into scientific notation (`1,23457E+11`): a customer id,
 * order id or phone saved from a column Excel took for numbers. Its last digits are gone, so it cannot tell
 * customers or orders apart: two different phones become the same text. Numbers (Sheets cells) are exact and
 * are never this.
 * @example isExcelRounded('7,91612E+10') // → true
 * @example isExcelRounded('79161234567') // → false
 * @example isExcelRounded('12E45') // → false (no plus sign: an ordinary code)
 */
export function isExcelRounded(cell: Cell): boolean {
  // The '+' test first: it settles almost every cell (an order id is checked once per order) without the regex.
  return typeof cell === 'string' && cell.length <= 24 && cell.includes('+') && ROUNDED.test(cell);
}
