import { FIELD_INDEX_WASM } from './wasm/field-index.wasm';

const LF = 10;
/** The top bit of an entry: the byte is a line feed (the entry is negative). */
const LF_FLAG = 0x80000000 | 0;
/** An entry's position: the entry without {@link LF_FLAG}. */
export const POSITION = 0x7fffffff;
/** Bytes indexed at a time: the module's memory holds one window and its entries (at most one per byte). */
const WINDOW = 1 << 20;
const PAGE = 1 << 16;

/** The part of the WebAssembly API used here (not in the ES2022 lib; absent when node runs with --jitless). */
interface Wasm {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => {
    exports: { memory: { buffer: ArrayBuffer; grow(pages: number): number }; index: IndexFn; fingerprint: FingerprintFn; same: SameFn };
  };
}
type IndexFn = (length: number, sep: number, shift: number, out: number) => number;
type FingerprintFn = (start: number, end: number, entries: number, length: number, shift: number) => number;
type SameFn = (
  cur: number,
  curStart: number,
  curLast: number,
  curCount: number,
  prev: number,
  prevStart: number,
  prevLast: number,
  prevCount: number,
  cols: number,
  shift: number,
) => number;

/** The compiled module, once per thread; null where WebAssembly or its SIMD is not available. */
let compiled: object | null | undefined;
function wasmModule(): object | null {
  if (compiled === undefined) {
    const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
    const bytes = Buffer.from(FIELD_INDEX_WASM, 'base64');
    compiled = wasm !== undefined && wasm.validate(bytes) ? new wasm.Module(bytes) : null;
  }
  return compiled;
}

/**
 * Where a buffer's separators and line feeds are, for the CSV reader: the bytes are indexed a window (1 MB) at a
 * time, 32 bytes a step by a WebAssembly SIMD function (cli/io/wasm/field-index.wat), and the reader then steps
 * from cell to cell instead of looking at every byte. Each entry is a position in the buffer, negative (top
 * bit set, see {@link POSITION}) for a line feed. Quotes are not indexed: the reader looks at the first byte
 * of each cell, the only place a quote means anything. Where WebAssembly is off (`node --jitless`) the same
 * entries come from a plain loop.
 *
 * Use: `reset` for a buffer, then `seek(pos)` for the first entry at or after `pos`, read `entries[k]` while
 * `k < count`, call `more()` when they run out (false at the buffer's end), and `done(k)` once the entries
 * before k are read for good. Each object has memory of its own (~5 MB), so readers never share one.
 *
 * With a window's bytes and entries in the module's memory, two per-record jobs of the reader run there too:
 * a record's `fingerprint`, and which of its cells are the `same` as the previous record's (-1 where WebAssembly
 * is off: the caller works them out itself).
 * @example const f = new FieldIndex(); f.reset(Buffer.from('a,b\nc\n'), 6, 44);
 *   const k = f.seek(0); [f.entries[k], f.entries[k + 1] & POSITION] // → [1, 3] (the comma, then the line feed)
 */
export class FieldIndex {
  /** The current window's entries, from index 0 to `count`. */
  entries: Int32Array;
  count = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private end = 0;
  private sep = -1;
  /** The bytes indexed: [from, to). */
  private from = 0;
  private to = 0;
  /** The entry `seek` starts from. */
  private cursor = 0;
  private readonly input: Uint8Array | null = null;
  private readonly index: IndexFn | null = null;
  private readonly hash: FingerprintFn | null = null;
  private readonly compare: SameFn | null = null;
  /**
   * Windows indexed so far (for this or an earlier buffer): two records' entries can be read together only
   * when both were read from one window, i.e. with the same count.
   */
  windows = 0;

  /** @param useWasm false to take the plain loop even where WebAssembly runs (tests compare the two) */
  constructor(useWasm = true) {
    const module = useWasm ? wasmModule() : null;
    if (module === null) {
      this.entries = new Int32Array(WINDOW);
      return;
    }
    const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
    const { exports } = new wasm.Instance(module, {});
    const bytes = WINDOW + 4 * WINDOW;
    exports.memory.grow(Math.ceil(bytes / PAGE) - exports.memory.buffer.byteLength / PAGE);
    this.input = new Uint8Array(exports.memory.buffer, 0, WINDOW);
    this.entries = new Int32Array(exports.memory.buffer, WINDOW, WINDOW);
    this.index = exports.index;
    this.hash = exports.fingerprint;
    this.compare = exports.same;
  }

  /** Starts on `buf`'s bytes up to `end`, with separator byte `sep`; nothing is indexed until `seek`. */
  reset(buf: Uint8Array, end: number, sep: number): void {
    this.buf = buf;
    this.end = end;
    this.sep = sep;
    this.from = this.to = this.count = this.cursor = 0;
  }

  /**
   * The number of the first entry at or after `pos` (`count` when the window has none: then call `more`).
   * `pos` is never before the position last sought, and not before an entry passed to `done`.
   */
  seek(pos: number): number {
    if (pos < this.from || pos >= this.to) {
      this.fill(pos);
      return 0;
    }
    const entries = this.entries;
    let k = this.cursor;
    while (k < this.count && (entries[k] & POSITION) < pos) k++;
    this.cursor = k;
    return k;
  }

  /** The entries of the current window before `k` are read: the next `seek` starts from k. */
  done(k: number): void {
    this.cursor = k;
  }

  /**
   * The fingerprint of a record without quotes read from the current window ({@link recordFingerprint}: same
   * number, worked out by WebAssembly from the window's bytes and entries), or -1 where WebAssembly is off.
   * `first` is the number of the record's first entry (what `seek` gave for its start, no `more` since);
   * `start`..`end` its bytes up to its last non-empty cell's end, the `length` cells before it.
   * @example const f = new FieldIndex(); f.reset(Buffer.from('a,bc\n'), 5, 44); const k = f.seek(0);
   *   f.fingerprint(k, 0, 4, 2) // → recordFingerprint of the cells "a" and "bc"
   */
  fingerprint(first: number, start: number, end: number, length: number): number {
    const hash = this.hash;
    if (hash === null) return -1;
    return hash(start, end, WINDOW + 4 * first, length, this.from);
  }

  /**
   * Which columns of the bit mask `cols` (0-30) hold equal cells in two records without quotes read from the
   * current window (CsvRow.same for each, as bits), worked out by WebAssembly; -1 where WebAssembly is off.
   * Each record is given as its first entry's number, its first cell's start, its last cell's end and its
   * number of cells.
   * @example const f = new FieldIndex(); f.reset(Buffer.from('a,b\na,c\n'), 8, 44); f.seek(0);
   *   f.same(2, 4, 7, 2, 0, 0, 3, 2, 0b11) // → 0b01 (column 0 holds "a" in both; column 1 differs)
   */
  same(cur: number, curStart: number, curLast: number, curCount: number, prev: number, prevStart: number, prevLast: number, prevCount: number, cols: number): number {
    const compare = this.compare;
    if (compare === null) return -1;
    return compare(WINDOW + 4 * cur, curStart, curLast, curCount, WINDOW + 4 * prev, prevStart, prevLast, prevCount, cols, this.from);
  }

  /** Indexes the next window (its entries from 0); false when the buffer's end is reached. */
  more(): boolean {
    if (this.to >= this.end) return false;
    this.fill(this.to);
    return true;
  }

  private fill(from: number): void {
    this.windows++;
    const to = Math.min(this.end, from + WINDOW);
    this.from = from;
    this.to = to;
    this.cursor = 0;
    if (this.index !== null) {
      (this.input as Uint8Array).set(this.buf.subarray(from, to));
      this.count = (this.index(to - from, this.sep, from, WINDOW) - WINDOW) >> 2;
      return;
    }
    const b = this.buf;
    const sep = this.sep;
    const entries = this.entries;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = b[i];
      if (c === sep) entries[n++] = i;
      else if (c === LF) entries[n++] = i | LF_FLAG;
    }
    this.count = n;
  }
}
