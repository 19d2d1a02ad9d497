import { detachString } from './detach-string';
import type { Cell } from './types';

/** Load factor of the byte index: slots per entry, at least. */
const SLOTS_PER_ENTRY = 2;

/**
 * The distinct values of one column, numbered 0, 1, 2… in order of first sight, so that whatever is
 * worked out from a cell (a normalised id, an e-mail, a status) is worked out once per distinct value
 * and then looked up by number. A real export sorted by date repeats each customer's id, e-mail, phone and
 * name on rows far apart, so "same as the previous row" does not catch them; a code does.
 *
 * Two ways in, one numbering: {@link ofCell} for cell values (Google Sheets, tests) and {@link ofBytes}
 * for a cell's bytes in a file (the CLI's reader), which finds a value seen before without making a string
 * (the bytes are hashed and compared with a copy of the first occurrence's bytes). Feed one source through
 * one way: the same text as a number cell and as bytes gets two codes, which only costs a second lookup.
 *
 * Cells of different types keep different codes (`17850` ≠ `'17850'`), because parsers may read them
 * differently; Date cells are keyed by their time.
 * @example const c = new CellCodes(); c.ofCell('A-1') // → 0; c.ofCell('B-7') // → 1; c.ofCell('A-1') // → 0;
 *   c.cells[1] // → "B-7"
 */
export class CellCodes {
  /** The value of each code, as first seen (texts detached from any larger string). */
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
   * The code of the text in `bytes[start, end)`: the bytes are looked up as they are; only bytes never
   * seen are decoded (with `decode`) and numbered as that text (so two byte forms of one text share a code).
   */
  ofBytes(bytes: Uint8Array, start: number, end: number, decode: (bytes: Uint8Array, start: number, end: number) => string): number {
    const n = end - start;
    let h = 0x811c9dc5 ^ n;
    let i = start;
    for (; i + 4 <= end; i += 4) h = Math.imul(h ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)), 0x01000193);
    for (; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    h ^= h >>> 15;
    const slots = this.slots;
    const mask = this.mask;
    let slot = Math.imul(h, 0x9e3779b1) & mask;
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
        if (j === end) return this.entries[3 * e + 2];
      }
      slot = (slot + 1) & mask;
    }
    const code = this.ofCell(n === 0 ? '' : decode(bytes, start, end));
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
    this.arena.set(bytes.subarray(start, end), this.arenaLength);
    this.entries[3 * e] = this.arenaLength;
    this.entries[3 * e + 1] = n;
    this.entries[3 * e + 2] = code;
    this.arenaLength += n;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = e + 1;
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
      let slot = Math.imul(h, 0x9e3779b1) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = h;
      slots[2 * slot + 1] = old[s + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }
}
