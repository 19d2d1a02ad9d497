/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units (pure JS, same result in Node and Apps Script).
 * @example fnv1a32('') // → 2166136261
 * @example fnv1a32('a') // → 3826002220
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h ^= c & 0xff;
    h = Math.imul(h, 0x01000193);
    if (c > 0xff) {
      h ^= c >>> 8;
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}
