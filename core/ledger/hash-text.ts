/**
 * Two independent 32-bit hash lanes of a string, written to `lanes[0]` and `lanes[1]` (no allocation): two
 * UTF-16 code units per step through Math.imul (identical in Node, Apps Script and browsers), then the
 * length mixed in, so texts of different lengths differ and "ab" + "c" hashed field by field is not
 * "a" + "bc". Used by the duplicate-row fingerprint of a cells row, the ledger version and TextCodes.
 * @example const l = new Int32Array(2); hashText('Анна', l); hashText('Анна', l) // same lanes every time
 */
export function hashText(s: string, lanes: Int32Array): void {
  let c1 = 0x9e3779b9;
  let c2 = 0x85ebca6b;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    c1 = Math.imul(c1 ^ c, 2654435761);
    c2 = Math.imul(c2 ^ c, 1597334677);
  }
  if (i < n) {
    const c = s.charCodeAt(i) | 0x7fff0000; // a lone last unit, marked so "ab" ≠ "a" + "b"
    c1 = Math.imul(c1 ^ c, 2654435761);
    c2 = Math.imul(c2 ^ c, 1597334677);
  }
  lanes[0] = Math.imul(c1 ^ (c1 >>> 15) ^ n, 0x2c1b3c6d);
  lanes[1] = Math.imul(c2 ^ (c2 >>> 13) ^ n, 0x297a2d39);
}
