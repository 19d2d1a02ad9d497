import { detachString } from './detach-string';
import type { Cell } from './types';

/** Load factor of the byte index: slots per entry, at least. */
const SLOTS_PER_ENTRY = 2;
/** Numbers per slot of the byte index, and the longest cell kept in its slot (bytes). */
const SLOT = 8;
const INLINE = 16;
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
 *   c.cell(1) // → "B-7"
 */
export class CellCodes {
  /**
   * The values of codes `keptFrom` and up, as first seen (texts from `ofCell` detached from any larger string),
   * undefined once {@link forget} dropped them; every code below `keptFrom` was forgotten. The ingester forgets
   * each value as soon as it has worked out what it needs from it, so this window stays short: a list with an
   * entry per code was 8 bytes a distinct cell on the collected heap for nothing (four such columns of a million
   * one-off customers: 32 MB, more while growing).
   */
  private kept: Cell[] = [];
  private keptFrom = 0;
  /** How many values in `kept` were forgotten. */
  private keptForgotten = 0;
  private readonly byValue = new Map<unknown, number>();
  private readonly byTime = new Map<number, number>();
  /**
   * Byte index, open addressing, eight numbers per slot (32 bytes): the bytes' hash, their length, the code
   * + 1 (0 = free slot), where they start in the arena, and, for up to 16 bytes (ids, phones, statuses), the
   * bytes themselves as four little-endian words (zero-padded; longer ones live in the arena only). In a table
   * too big for the cache, a lookup of a short cell is one memory read, of a longer one two.
   */
  private slots = new Int32Array(SLOT << 10);
  private mask = (1 << 10) - 1;
  /** Number of byte strings indexed. */
  private entryCount = 0;
  private arena = new Uint8Array(1 << 14);
  /** The arena, read four bytes at a time (see {@link sameInArena}). */
  private arenaView: DataView<ArrayBufferLike> = new DataView(this.arena.buffer);
  private arenaLength = 0;
  /** Byte lookups so far and how many found their bytes indexed (read once, when the index reaches TRIAL). */
  private lookups = 0;
  private hits = 0;
  /** False once the trial showed that indexing this column's bytes does not pay. */
  private indexing = true;

  /** Number of distinct values seen. */
  get size(): number {
    return this.keptFrom + this.kept.length;
  }

  /**
   * The value of a code, as first seen; undefined once {@link forget} dropped it.
   * @example const c = new CellCodes(); c.cell(c.ofCell('A-1')) // → "A-1"
   */
  cell(code: number): Cell {
    return code >= this.keptFrom ? this.kept[code - this.keptFrom] : undefined;
  }

  /** The code of a cell value, new on first sight. null, undefined and '' share one code. */
  ofCell(value: Cell): number {
    if (value === null || value === undefined) value = '';
    if (value instanceof Date) {
      const time = value.getTime();
      let code = this.byTime.get(time);
      if (code === undefined) {
        code = this.addNew(value);
        this.byTime.set(time, code);
      }
      return code;
    }
    let code = this.byValue.get(value);
    if (code === undefined) {
      const kept = typeof value === 'string' ? detachString(value) : value;
      code = this.addNew(kept);
      this.byValue.set(kept, code);
    }
    return code;
  }

  /**
   * A new code for a value the caller knows it has not numbered before (a reader thread that numbers
   * cells itself sends each distinct cell once), without the lookup {@link ofCell} makes.
   */
  addNew(value: Cell): number {
    const code = this.size;
    this.kept.push(value);
    return code;
  }

  /**
   * Drops the value of a code that nothing will read again (whoever worked something out from it keeps
   * that instead), so a million distinct e-mails are not held twice. Lookups still find the code: the byte
   * index keeps its own copy of the bytes, and `ofCell`'s map its own reference to the value.
   */
  forget(code: number): void {
    const i = code - this.keptFrom;
    if (i < 0 || i >= this.kept.length || this.kept[i] === undefined) return;
    this.kept[i] = undefined;
    // Once every kept value is forgotten, the window starts again after them (not on every code: an empty list
    // made for each distinct cell would be garbage of its own).
    if (++this.keptForgotten === this.kept.length && this.kept.length >= 1024) {
      this.keptFrom += this.kept.length;
      this.kept = [];
      this.keptForgotten = 0;
    }
  }

  /**
   * The code of the text in `bytes[start, end)`: equal bytes, equal code. Bytes never seen are decoded
   * (with `decode`) and get a new code; the empty cell gets {@link ofCell}'s code for ''. A column that
   * stopped indexing (see the class) gives each non-empty cell a new code.
   */
  ofBytes<B extends Uint8Array>(bytes: B, start: number, end: number, decode: (bytes: B, start: number, end: number) => string): number {
    const n = end - start;
    if (!this.indexing) return n === 0 ? this.ofCell('') : this.addNew(decode(bytes, start, end));
    this.lookups++;
    const h = hashBytes(bytes, start, end);
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const at = SLOT * slot;
      const codePlusOne = slots[at + 2];
      if (codePlusOne === 0) break;
      if (slots[at] === h && slots[at + 1] === n && (n <= INLINE ? sameWords(slots, at + 4, bytes, start, end) : this.sameInArena(slots[at + 3], bytes, start, end))) {
        this.hits++;
        return codePlusOne - 1;
      }
      slot = (slot + 1) & mask;
    }
    const code = n === 0 ? this.ofCell('') : this.addNew(decode(bytes, start, end));
    this.addEntry(slot, h, bytes, start, end, code);
    return code;
  }

  /**
   * True when the arena holds `bytes[start, end)` at `from`. Four bytes a step through DataViews: a category or
   * a manager's name of 20–40 bytes is compared on most rows of a file sorted by date (byte by byte, comparing
   * and hashing such cells was about a fifth of the main thread's instructions on it).
   */
  private sameInArena(from: number, bytes: Uint8Array, start: number, end: number): boolean {
    const cell = dataView(bytes);
    const arenaView = this.arenaView;
    let j = start;
    let a = from;
    for (; j + 4 <= end; j += 4, a += 4) if (cell.getInt32(j, true) !== arenaView.getInt32(a, true)) return false;
    const arena = this.arena;
    for (; j < end; j++, a++) if (arena[a] !== bytes[j]) return false;
    return true;
  }

  private addEntry(slot: number, h: number, bytes: Uint8Array, start: number, end: number, code: number): void {
    const n = end - start;
    const slots = this.slots;
    const at = SLOT * slot;
    slots[at] = h;
    slots[at + 1] = n;
    slots[at + 2] = code + 1;
    if (n <= INLINE) {
      for (let k = 0; k < 4; k++) slots[at + 4 + k] = word(bytes, start + 4 * k, end);
    } else {
      if (this.arenaLength + n > this.arena.length) {
        const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + n));
        arena.set(this.arena.subarray(0, this.arenaLength));
        this.arena = arena;
        this.arenaView = new DataView(arena.buffer);
      }
      const arena = this.arena;
      for (let i = start, a = this.arenaLength; i < end; i++, a++) arena[a] = bytes[i];
      slots[at + 3] = this.arenaLength;
      this.arenaLength += n;
    }
    this.entryCount++;
    if (this.entryCount === TRIAL && this.hits * 4 < this.lookups) this.indexing = false;
    if (this.entryCount * SLOTS_PER_ENTRY > this.mask) this.rehash();
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(SLOT * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += SLOT) {
      if (old[s + 2] === 0) continue;
      let slot = old[s] & mask;
      while (slots[SLOT * slot + 2] !== 0) slot = (slot + 1) & mask;
      for (let k = 0, at = SLOT * slot; k < SLOT; k++) slots[at + k] = old[s + k];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** The byte array last read through {@link dataView}, and its view: the cells of one chunk of a file share one. */
let viewedBytes: Uint8Array | null = null;
let viewOfBytes: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/**
 * A DataView over `bytes` (indices as in `bytes`), to read four bytes in one step: `getInt32(i, true)` is one
 * bounds-checked load where `bytes[i] | bytes[i + 1] << 8 | …` is four. Made once per byte array in a row.
 */
function dataView(bytes: Uint8Array): DataView {
  if (bytes !== viewedBytes) {
    viewedBytes = bytes;
    viewOfBytes = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return viewOfBytes;
}

/** Masks keeping the first 0, 1, 2 and 3 bytes of a little-endian word. */
const FIRST_BYTES = [0, 0xff, 0xffff, 0xffffff];

/**
 * Up to four bytes of `bytes[i, end)` as a little-endian word, zero-padded (0 when i ≥ end): one load, masked
 * when fewer than four bytes are left and the array has four from `i`.
 */
function word(bytes: Uint8Array, i: number, end: number): number {
  const n = end - i;
  if (n >= 4) return dataView(bytes).getInt32(i, true);
  if (n <= 0) return 0;
  if (i + 4 <= bytes.length) return dataView(bytes).getInt32(i, true) & FIRST_BYTES[n];
  let w = 0;
  for (let k = n - 1; k >= 0; k--) w = (w << 8) | bytes[i + k];
  return w;
}

/** True when the four words at `slots[at…]` hold `bytes[start, end)` (at most 16 bytes; see {@link word}: words past the end are 0 on both sides). */
function sameWords(slots: Int32Array, at: number, bytes: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  return (
    slots[at] === word(bytes, start, end) &&
    (n <= 4 || slots[at + 1] === word(bytes, start + 4, end)) &&
    (n <= 8 || slots[at + 2] === word(bytes, start + 8, end)) &&
    (n <= 12 || slots[at + 3] === word(bytes, start + 12, end))
  );
}

/**
 * The 32-bit hash the byte index files `bytes[start, end)` under (murmur3-style, four bytes at a time, with
 * murmur3's finaliser so that every input bit reaches the low bits a slot is taken from).
 * @example hashBytes(new TextEncoder().encode('A-1'), 0, 3) === hashBytes(new TextEncoder().encode('x,A-1'), 2, 5) // → true
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  let i = start;
  if (end - start >= 4) {
    const view = dataView(bytes);
    for (; i + 4 <= end; i += 4) {
      h = Math.imul(h ^ view.getInt32(i, true), 0xcc9e2d51);
      h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
    }
  }
  if (i < end) h = Math.imul(h ^ word(bytes, i, end), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
