import type { DecodeBytes } from './csv-row';

/** Texts remembered per column. */
const WAYS = 16;
/** Longest cell remembered, in bytes. */
const MAX_KEY = 64;
/** Columns with a cache of their own; further columns are always decoded. */
const COLUMNS = 64;
/** Lookups of a column before deciding whether remembering its texts pays. */
const TRIAL = 2048;

/**
 * Recently decoded cell texts of each column keyed by their bytes, so a quantity, a price or an amount in a
 * form read from text (`1 200,50`) repeated on a million rows is decoded a handful of times, not a million
 * (making a string from bytes costs far more than comparing a few bytes). Each column remembers its last 16 distinct texts (up to 64 bytes);
 * a lookup compares lengths first, then bytes, newest first. Each column is tried for its first 2048
 * lookups; a column that mostly misses (order ids) then skips the cache. (Columns the ingester reads through
 * codes, `RowView.code`, are never decoded twice anyway.)
 * @example const c = new TextCache(); c.get(0, buf, 0, 4, decode) // decodes; the same bytes again come from the cache
 */
export class TextCache {
  /** Per column and way: the key's bytes, its length (-1 = empty way) and the text. */
  private readonly keys = new Uint8Array(COLUMNS * WAYS * MAX_KEY);
  private readonly lengths = new Int32Array(COLUMNS * WAYS).fill(-1);
  private readonly values = new Array<string>(COLUMNS * WAYS).fill('');
  /** Per column: the way to fill next (round robin), lookups and hits during the trial. */
  private readonly next = new Int32Array(COLUMNS);
  private readonly tried = new Int32Array(COLUMNS);
  private readonly hits = new Int32Array(COLUMNS);

  /** The text of `buf[start..end)`, from the cache when column `col` met these bytes recently. */
  get(col: number, buf: Uint8Array, start: number, end: number, decode: DecodeBytes): string {
    const n = end - start;
    if (n > MAX_KEY || col >= COLUMNS) return decode(buf as Buffer, start, end);
    const tried = this.tried[col];
    if (tried > TRIAL && this.hits[col] * 4 < TRIAL) return decode(buf as Buffer, start, end);
    if (tried <= TRIAL) this.tried[col] = tried + 1;
    const first = col * WAYS;
    const keys = this.keys;
    for (let w = first; w < first + WAYS; w++) {
      if (this.lengths[w] !== n) continue;
      const base = w * MAX_KEY;
      let i = 0;
      while (i < n && keys[base + i] === buf[start + i]) i++;
      if (i === n) {
        if (tried <= TRIAL) this.hits[col]++;
        return this.values[w];
      }
    }
    const text = decode(buf as Buffer, start, end);
    const w = first + this.next[col];
    this.next[col] = (this.next[col] + 1) % WAYS;
    this.lengths[w] = n;
    const base = w * MAX_KEY;
    for (let i = 0; i < n; i++) keys[base + i] = buf[start + i];
    this.values[w] = text;
    return text;
  }
}
