/**
 * A running FNV-1a 64-bit hash over UTF-8 bytes (no BigInt, no crypto), kept as two unsigned 32-bit
 * halves: h × 0x100000001b3 = h × 0x1b3 + (h << 40) modulo 2^64. Hashes small texts (the canonical JSON of
 * a run configuration); the ledger version has a hash of its own, made for hundreds of thousands of orders.
 */
export class Fnv1a64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  /** Feeds one byte (0..255). */
  private byte(b: number): void {
    const lo = (this.lo ^ b) >>> 0;
    const loProduct = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / 0x100000000);
    this.lo = loProduct >>> 0;
    this.hi = (Math.imul(this.hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
  }

  /** Feeds a string as UTF-8; returns this for chaining. */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c < 0x80) this.byte(c);
      else if (c < 0x800) {
        this.byte(0xc0 | (c >> 6));
        this.byte(0x80 | (c & 63));
      } else if (c < 0x10000) {
        this.byte(0xe0 | (c >> 12));
        this.byte(0x80 | ((c >> 6) & 63));
        this.byte(0x80 | (c & 63));
      } else {
        this.byte(0xf0 | (c >> 18));
        this.byte(0x80 | ((c >> 12) & 63));
        this.byte(0x80 | ((c >> 6) & 63));
        this.byte(0x80 | (c & 63));
      }
    }
    return this;
  }

  /** The hash as 16 lowercase hex digits. */
  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

/**
 * FNV-1a 64-bit hash of a string's UTF-8 bytes, as 16 lowercase hex digits. Not cryptographic: a checksum
 * that is identical in Node, Apps Script and the browser.
 * @example fnv1a64('a') // → "af63dc4c8601ec8c"
 * @example fnv1a64('') // → "cbf29ce484222325"
 */
export function fnv1a64(text: string): string {
  return new Fnv1a64().update(text).hex();
}
