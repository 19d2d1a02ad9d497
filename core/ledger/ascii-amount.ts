import { NOT_SIMPLE } from './not-simple';

/**
 * {@link parseAmount} for the commonest amount cells, read straight from a file's bytes without making a
 * string: an optional `-`, 1 to 12 digits, optionally `.` and 1 or 2 digits (`5000.00`, `-3000`, `12.5`).
 * Anything else (spaces, commas, currency signs, more decimals, an empty cell) returns {@link NOT_SIMPLE}:
 * the caller then reads the cell as text with parseAmount. When the result is a number it is exactly
 * what parseAmount gives for the same text (a property test checks this).
 * @param bytes the buffer; `start`..`end` (exclusive) is the cell
 * @returns integer cents, or NOT_SIMPLE
 * @example asciiAmountCents(new TextEncoder().encode('-12.5'), 0, 5) // → -1250
 * @example asciiAmountCents(new TextEncoder().encode('1 200'), 0, 5) // → -Infinity (NOT_SIMPLE)
 */
export function asciiAmountCents(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && bytes[i] === 45) {
    negative = true;
    i++;
  }
  const first = i;
  let whole = 0;
  while (i < end) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    i++;
  }
  const digits = i - first;
  if (digits === 0 || digits > 12) return NOT_SIMPLE;
  let cents = whole * 100;
  if (i < end) {
    if (bytes[i] !== 46) return NOT_SIMPLE;
    const decimals = end - i - 1;
    if (decimals < 1 || decimals > 2) return NOT_SIMPLE;
    const d1 = bytes[i + 1] - 48;
    if (d1 < 0 || d1 > 9) return NOT_SIMPLE;
    if (decimals === 2) {
      const d2 = bytes[i + 2] - 48;
      if (d2 < 0 || d2 > 9) return NOT_SIMPLE;
      cents += d1 * 10 + d2;
    } else cents += d1 * 10;
  }
  return negative && cents !== 0 ? -cents : cents;
}
