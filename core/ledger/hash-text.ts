/**
 * Two independent 32-bit hash lanes of a string, written to `lanes[0]` and `lanes[1]` (no allocation): two
 * UTF-16 code units per step, each step XOR, rotate, multiply (Math.imul: identical in Node, Apps Script and
 * browsers), then the length mixed in, so texts of different lengths differ and "ab" + "c" hashed field by
 * field is not "a" + "bc". The rotation matters: a multiply alone carries a difference only towards the high
 * bits, so the same change made twice ("1190.00,1190.00" → "1990.00,1990.00") could cancel out and two
 * different texts share both lanes. Every row fingerprint mixes its words the same way ({@link mixLane1},
 * {@link mixLane2}). Used by the duplicate-row fingerprint of a cells row, the ledger version and TextCodes.
 * @example const l = new Int32Array(2); hashText('Анна', l); hashText('Анна', l) // same lanes every time
 */
export function hashText(s: string, lanes: Int32Array): void {
  let c1 = 0x9e3779b9;
  let c2 = 0x85ebca6b;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    c1 = mixLane1(c1, c);
    c2 = mixLane2(c2, c);
  }
  if (i < n) {
    const c = s.charCodeAt(i) | 0x7fff0000; // a lone last unit, marked so "ab" ≠ "a" + "b"
    c1 = mixLane1(c1, c);
    c2 = mixLane2(c2, c);
  }
  lanes[0] = Math.imul(c1 ^ (c1 >>> 15) ^ n, 0x2c1b3c6d);
  lanes[1] = Math.imul(c2 ^ (c2 >>> 13) ^ n, 0x297a2d39);
}

/**
 * One step of a hash's first lane: the word XORed in, the state rotated left by 13 bits and multiplied by an
 * odd constant. Rotating brings the high bits back down, so a difference keeps spreading over all 32 bits.
 * @example mixLane1(0, 1) // → Math.imul(1 << 13, 2654435761)
 */
export function mixLane1(h: number, word: number): number {
  const x = h ^ word;
  return Math.imul((x << 13) | (x >>> 19), 2654435761);
}

/** The second lane's step ({@link mixLane1} with another rotation and multiplier, so the lanes differ). */
export function mixLane2(h: number, word: number): number {
  const x = h ^ word;
  return Math.imul((x << 17) | (x >>> 15), 1597334677);
}
