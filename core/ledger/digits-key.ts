import { NOT_SIMPLE } from './not-simple';

/** Longest id read as a number: 14 digits keep `length × 10^14 + value` below 2^53. */
const MAX_DIGITS = 14;

/**
 * The numeric key of an id made of 1–14 decimal digits and nothing else: `length × 10^14 + value`, so `00017`
 * and `17` differ as texts do; -1 for any other text. Invoice and customer numbers are usually such ids, and a
 * number is cheaper to keep and compare than a text (see IdTable).
 * @example digitsKey('00017') // → 500000000000017
 * @example digitsKey('C536379') // → -1
 */
export function digitsKey(id: string): number {
  const n = id.length;
  if (n === 0 || n > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return n * 1e14 + v;
}

/**
 * The id text of a {@link digitsKey}: its digits, with the leading zeros its length keeps.
 * @example digitsText(500000000000017) // → "00017"
 */
export function digitsText(key: number): string {
  const n = Math.floor(key / 1e14);
  return String(key - n * 1e14).padStart(n, '0');
}

/**
 * {@link digitsKey} of an id cell's bytes `start..end` when they are 1–14 ASCII digits and nothing else; -1 for
 * an empty cell (no id); {@link NOT_SIMPLE} for anything else (spaces, `17850.0`, letters), which the caller
 * reads as text and normalises (`normalizeId`). So an id cell of digits is never made a string.
 * @example asciiDigitsKey(new TextEncoder().encode('1001'), 0, 4) // → 400000000001001
 * @example asciiDigitsKey(new TextEncoder().encode(' 1001'), 0, 5) // → -Infinity (NOT_SIMPLE)
 */
export function asciiDigitsKey(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return -1;
  if (n > MAX_DIGITS) return NOT_SIMPLE;
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] - 48;
    if (c < 0 || c > 9) return NOT_SIMPLE;
    v = v * 10 + c;
  }
  return n * 1e14 + v;
}
