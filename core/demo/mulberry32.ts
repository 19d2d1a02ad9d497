/**
 * mulberry32: a tiny, fast, seeded pseudo-random generator (32-bit state), good enough for demo data.
 * The same seed always gives the same sequence, on every platform.
 *
 * @param seed any 32-bit integer
 * @returns a function returning uniform numbers in [0, 1)
 * @example const next = mulberry32(42); next() // → 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
