/**
 * Mixes a run seed and an index into one well-spread 32-bit seed (a murmur3-style finaliser), so each
 * demo customer has its own random stream and rows do not depend on how generation is chunked.
 *
 * @param seed the run seed
 * @param index e.g. the customer's position
 * @returns an unsigned 32-bit integer
 * @example mixSeed(1, 0) === mixSeed(1, 0) // → true
 */
export function mixSeed(seed: number, index: number): number {
  let h = (seed >>> 0) ^ Math.imul(index + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
