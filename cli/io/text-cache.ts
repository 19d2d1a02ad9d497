import type { DecodeBytes } from './csv-row';

const SLOTS = 4096;
const MAX_KEY = 64;
/** Lookups of a column before deciding whether caching it pays. */
const TRIAL = 2048;

/**
 * Recently decoded cell texts keyed by their bytes, so a status, channel, category or manager repeated on
 * a million rows is decoded a handful of times, not a million (making a string from bytes costs far more
 * than hashing and comparing them). Direct-mapped, 4096 slots, keys up to 64 bytes. Each column is tried
 * for its first 2048 lookups; a column that mostly misses (order ids, e-mails) then skips the cache.
 * @example const c = new TextCache(); c.get(0, buf, 0, 4, decode) // decodes; the same bytes again come from the cache
 */
export class TextCache {
  private readonly keys = new Uint8Array(SLOTS * MAX_KEY);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly values = new Array<string>(SLOTS).fill('');
  /** Per column: lookups and hits during the trial; then 1 = cache, 0 = skip. */
  private tried = new Int32Array(64);
  private hits = new Int32Array(64);

  /** The text of `buf[start..end)`, from the cache when these bytes were decoded recently. */
  get(col: number, buf: Uint8Array, start: number, end: number, decode: DecodeBytes): string {
    const n = end - start;
    if (n > MAX_KEY || col >= 64) return decode(buf as Buffer, start, end);
    const tried = this.tried[col];
    if (tried > TRIAL && this.hits[col] * 4 < TRIAL) return decode(buf as Buffer, start, end);
    let h = 0x811c9dc5 ^ n;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
    const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
    if (tried <= TRIAL) this.tried[col] = tried + 1;
    if (this.lengths[slot] === n) {
      const base = slot * MAX_KEY;
      let i = 0;
      while (i < n && this.keys[base + i] === buf[start + i]) i++;
      if (i === n) {
        if (tried <= TRIAL) this.hits[col]++;
        return this.values[slot];
      }
    }
    const text = decode(buf as Buffer, start, end);
    this.lengths[slot] = n;
    this.keys.set(buf.subarray(start, end), slot * MAX_KEY);
    this.values[slot] = text;
    return text;
  }
}
