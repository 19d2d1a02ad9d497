import { detachString } from './detach-string';
import type { Cell } from './types';

/** Load factor of the byte index: slots per entry, at least. */
const SLOTS_PER_ENTRY = 2;
/** Distinct byte strings indexed before deciding whether indexing a column's bytes pays (the table is still in cache). */
const TRIAL = 1 << 16;

/**
 * The distinct values of one column, numbered 0, 1, 2… in order of first sight, so that whatever is
 * worked out from a cell (a normalised id, an e-mail, a status) is worked out once per distinct value
 * and then looked up by number. A real export sorted by date repeats each customer's id, e-mail, phone and
 * name on rows far apart, so "same as the previous row" does not catch them; a code does.
 *
 * Ways in: {@link ofCell} for cell values (Google Sheets, tests); {@link ofBytes} for a cell's bytes in a
 * file (the CLI's reader), which finds bytes seen before without making a string (they are hashed and
 * compared with a copy of the first occurrence's bytes); {@link addNew} for a reader that numbers cells
 * itself. Feed one source through one way. Codes are a shortcut, not an identity: what is worked out from a
 * code depends only on its value, so two codes with one value cost a second working-out and nothing else.
 * Through `ofCell` equal cells always share a code. Through bytes they do too, with two exceptions: bytes
 * that differ yet read as the same text (a file that is not valid UTF-8), and a column whose cells are
 * mostly distinct (one-off customers' e-mails): when its index reaches 65,536 distinct cells, a column that
 * found fewer than a quarter of its lookups already indexed stops indexing, and each later cell gets a new
 * code without being hashed (as if there were no codes: hashing a million distinct cells into a table too
 * big for the cache costs about a microsecond each, for nothing). Neither bytes nor `addNew` go through the `Map` that `ofCell`
 * keeps, which costs about a microsecond per distinct value at a million values.
 *
 * Cells of different types keep different codes (`17850` ≠ `'17850'`), because parsers may read them
 * differently; Date cells are keyed by their time.
 * @example const c = new CellCodes(); c.ofCell('A-1') // → 0; c.ofCell('B-7') // → 1; c.ofCell('A-1') // → 0;
 *   c.cells[1] // → "B-7"
 */
export class CellCodes {
  /**
   * The value of each code, as first seen (texts from `ofCell` detached from any larger string); undefined
   * once {@link forget} dropped it.
   */
  readonly cells: Cell[] = [];
  private readonly byValue = new Map<unknown, number>();
  private readonly byTime = new Map<number, number>();
  /** Byte index, open addressing: per slot the bytes' hash and entry + 1 (0 = free). */
  private slots = new Int32Array(2 << 10);
  private mask = (1 << 10) - 1;
  /** Per entry: where its bytes start in the arena, their length, its code. */
  private entries = new Int32Array(3 << 9);
  private entryCount = 0;
  private arena = new Uint8Array(1 << 14);
  private arenaLength = 0;
  /** Byte lookups so far and how many found their bytes indexed (read once, when the index reaches TRIAL). */
  private lookups = 0;
  private hits = 0;
  /** False once the trial showed that indexing this column's bytes does not pay. */
  private indexing = true;

  /** Number of distinct values seen. */
  get size(): number {
    return this.cells.length;
  }

  /** The code of a cell value, new on first sight. null, undefined and '' share one code. */
  ofCell(value: Cell): number {
    if (value === null || value === undefined) value = '';
    if (value instanceof Date) {
      const time = value.getTime();
      let code = this.byTime.get(time);
      if (code === undefined) {
        code = this.cells.length;
        this.cells.push(value);
        this.byTime.set(time, code);
      }
      return code;
    }
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.cells.length;
      const kept = typeof value === 'string' ? detachString(value) : value;
      this.cells.push(kept);
      this.byValue.set(kept, code);
    }
    return code;
  }

  /**
   * A new code for a value the caller knows it has not numbered before (a reader thread that numbers
   * cells itself sends each distinct cell once), without the lookup {@link ofCell} makes.
   */
  addNew(value: Cell): number {
    const code = this.cells.length;
    this.cells.push(value);
    return code;
  }

  /**
   * Drops the value of a code that nothing will read again (whoever worked something out from it keeps
   * that instead), so a million distinct e-mails are not held twice. Lookups still find the code: the byte
   * index keeps its own copy of the bytes, and `ofCell`'s map its own reference to the value.
   */
  forget(code: number): void {
    this.cells[code] = undefined;
  }

  /**
   * The code of the text in `bytes[start, end)`: equal bytes, equal code. Bytes never seen are decoded
   * (with `decode`) and get a new code; the empty cell gets {@link ofCell}'s code for ''. A column that
   * stopped indexing (see the class) gives each non-empty cell a new code.
   */
  ofBytes(bytes: Uint8Array, start: number, end: number, decode: (bytes: Uint8Array, start: number, end: number) => string): number {
    const n = end - start;
    if (!this.indexing) return n === 0 ? this.ofCell('') : this.addNew(decode(bytes, start, end));
    this.lookups++;
    let h = 0x811c9dc5 ^ n;
    let i = start;
    for (; i + 4 <= end; i += 4) {
      h = Math.imul(h ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)), 0xcc9e2d51);
      h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
    }
    for (; i < end; i++) h = Math.imul(h ^ bytes[i], 0x9e3779b1);
    // murmur3's finaliser: every input bit reaches the low bits the slot is taken from
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const e = slots[2 * slot + 1] - 1;
      if (e < 0) break;
      if (slots[2 * slot] === h && this.entries[3 * e + 1] === n) {
        const arena = this.arena;
        let a = this.entries[3 * e];
        let j = start;
        while (j < end && arena[a] === bytes[j]) {
          a++;
          j++;
        }
        if (j === end) {
          this.hits++;
          return this.entries[3 * e + 2];
        }
      }
      slot = (slot + 1) & mask;
    }
    const code = n === 0 ? this.ofCell('') : this.addNew(decode(bytes, start, end));
    this.addEntry(slot, h, bytes, start, end, code);
    return code;
  }

  private addEntry(slot: number, h: number, bytes: Uint8Array, start: number, end: number, code: number): void {
    const e = this.entryCount++;
    if (3 * e === this.entries.length) {
      const entries = new Int32Array(this.entries.length * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    const n = end - start;
    if (this.arenaLength + n > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + n));
      arena.set(this.arena.subarray(0, this.arenaLength));
      this.arena = arena;
    }
    const arena = this.arena;
    for (let i = start, a = this.arenaLength; i < end; i++, a++) arena[a] = bytes[i];
    this.entries[3 * e] = this.arenaLength;
    this.entries[3 * e + 1] = n;
    this.entries[3 * e + 2] = code;
    this.arenaLength += n;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = e + 1;
    if (this.entryCount === TRIAL && this.hits * 4 < this.lookups) this.indexing = false;
    if (this.entryCount * SLOTS_PER_ENTRY > this.mask) this.rehash();
  }

  /** Doubles the slot table and places every entry again. */
  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      const h = old[s];
      let slot = h & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = h;
      slots[2 * slot + 1] = old[s + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }
}
