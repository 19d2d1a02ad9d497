/** Scratch for {@link Fnv1a64.updateInt}: the digits of a safe integer, least significant first. */
const DIGITS = new Uint8Array(16);

/**
 * A running FNV-1a 64-bit hash over UTF-8 bytes (no BigInt, no crypto). The 64-bit state is two 32-bit
 * halves; h × 0x100000001b3 = h × 0x1b3 + (h << 40) modulo 2^64, so one byte costs a 32-bit multiply per half
 * (Math.imul), the carry of lo × 0x1b3 from 16-bit pieces, and lo << 8 into the high half. ASCII code units
 * (most ledger text) take one step without a per-byte loop.
 */
export class Fnv1a64 {
  /** Low and high 32 bits of the state, as int32 (read with >>> 0). */
  private lo = 0x84222325 | 0;
  private hi = 0xcbf29ce4 | 0;

  /** Feeds a string as UTF-8; returns this for chaining. */
  update(text: string): this {
    let lo = this.lo;
    let hi = this.hi;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(i);
      let last: number; // the code point's last byte, hashed after the loop below
      if (c < 0x80) last = c;
      else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
          }
        }
        // Leading bytes (1 to 3 of them), most significant first; the continuation byte `last` follows.
        const n = c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
        for (let k = n; k >= 1; k--) {
          const byte = k === n ? (n === 1 ? 0xc0 | (c >> 6) : n === 2 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18)) : 0x80 | ((c >> (6 * k)) & 63);
          lo ^= byte;
          const a = lo >>> 0;
          const carry = ((a >>> 16) * 0x1b3 + (((a & 0xffff) * 0x1b3) >>> 16)) >>> 16;
          hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) | 0;
          lo = Math.imul(lo, 0x1b3);
        }
        last = 0x80 | (c & 63);
      }
      lo ^= last;
      const a = lo >>> 0;
      const carry = ((a >>> 16) * 0x1b3 + (((a & 0xffff) * 0x1b3) >>> 16)) >>> 16;
      hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) | 0;
      lo = Math.imul(lo, 0x1b3);
    }
    this.lo = lo;
    this.hi = hi;
    return this;
  }

  /**
   * Feeds one ASCII character by its code (0–127), as `update(String.fromCharCode(code))` would; returns this.
   * @example new Fnv1a64().updateAscii(0x61).hex() // → "af63dc4c8601ec8c" (= fnv1a64('a'))
   */
  updateAscii(code: number): this {
    const lo = this.lo ^ code;
    const a = lo >>> 0;
    const carry = ((a >>> 16) * 0x1b3 + (((a & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    this.hi = (Math.imul(this.hi, 0x1b3) + carry + (lo << 8)) | 0;
    this.lo = Math.imul(lo, 0x1b3);
    return this;
  }

  /**
   * Feeds a number's text, as `update(String(n))` would, without making the string for safe integers.
   * @example new Fnv1a64().updateInt(-42).hex() === fnv1a64('-42') // → true
   */
  updateInt(n: number): this {
    if (!Number.isSafeInteger(n)) return this.update(String(n));
    if (n < 0) {
      this.updateAscii(0x2d);
      n = -n;
    }
    let k = 0;
    do {
      const d = n % 10;
      DIGITS[k++] = d;
      n = (n - d) / 10;
    } while (n > 0);
    while (k > 0) this.updateAscii(0x30 + DIGITS[--k]);
    return this;
  }

  /** The hash as 16 lowercase hex digits. */
  hex(): string {
    return (this.hi >>> 0).toString(16).padStart(8, '0') + (this.lo >>> 0).toString(16).padStart(8, '0');
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
