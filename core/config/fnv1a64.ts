/**
 * A running FNV-1a 64-bit hash over UTF-8 bytes (no BigInt, no crypto). The 64-bit state is four 16-bit limbs,
 * so every step is small-integer arithmetic: h × 0x100000001b3 = h × 0x1b3 + (h << 40) modulo 2^64.
 */
export class Fnv1a64 {
  private h0 = 0x2325;
  private h1 = 0x8422;
  private h2 = 0x9ce4;
  private h3 = 0xcbf2;

  /** Feeds a string as UTF-8; returns this for chaining. */
  update(text: string): this {
    let h0 = this.h0;
    let h1 = this.h1;
    let h2 = this.h2;
    let h3 = this.h3;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      let n = 1;
      let b0 = c;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      if (c >= 0x80) {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
          }
        }
        if (c < 0x800) {
          n = 2;
          b0 = 0xc0 | (c >> 6);
          b1 = 0x80 | (c & 63);
        } else if (c < 0x10000) {
          n = 3;
          b0 = 0xe0 | (c >> 12);
          b1 = 0x80 | ((c >> 6) & 63);
          b2 = 0x80 | (c & 63);
        } else {
          n = 4;
          b0 = 0xf0 | (c >> 18);
          b1 = 0x80 | ((c >> 12) & 63);
          b2 = 0x80 | ((c >> 6) & 63);
          b3 = 0x80 | (c & 63);
        }
      }
      for (let k = 0; k < n; k++) {
        h0 ^= k === 0 ? b0 : k === 1 ? b1 : k === 2 ? b2 : b3;
        let t0 = h0 * 0x1b3;
        let t1 = h1 * 0x1b3;
        let t2 = h2 * 0x1b3 + (h0 << 8);
        let t3 = h3 * 0x1b3 + (h1 << 8);
        t1 += t0 >>> 16;
        t2 += t1 >>> 16;
        t3 += t2 >>> 16;
        h0 = t0 & 0xffff;
        h1 = t1 & 0xffff;
        h2 = t2 & 0xffff;
        h3 = t3 & 0xffff;
      }
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    return this;
  }

  /** The hash as 16 lowercase hex digits. */
  hex(): string {
    const x = (v: number) => v.toString(16).padStart(4, '0');
    return x(this.h3) + x(this.h2) + x(this.h1) + x(this.h0);
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
