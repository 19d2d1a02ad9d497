import {
  asciiAmountCents,
  asciiDateCode,
  asciiDigitsKey,
  finishFingerprint,
  isEmptyCell,
  mixLane1,
  mixLane2,
  NOT_SIMPLE,
  parseAmount,
  parseDateCode,
  type Cell,
  type CellCodes,
  type RowView,
} from '../../core/ledger';
import { TextDecoder } from 'node:util';
import type { FieldIndex } from './field-index';
import { TextCache } from './text-cache';

/** Turns the bytes `start..end` of a buffer into text (UTF-8 or Windows-1251). */
export type DecodeBytes = (bytes: Buffer, start: number, end: number) => string;

/**
 * The decoder for a file's encoding: Node's own UTF-8 slicing, or a TextDecoder for Windows-1251.
 * @example decoderFor('utf-8')(Buffer.from('Анна;1'), 0, 8) // → "Анна"
 */
export function decoderFor(encoding: 'utf-8' | 'windows-1251'): DecodeBytes {
  if (encoding === 'utf-8') return (b, s, e) => b.toString('utf8', s, e);
  const decoder = new TextDecoder(encoding);
  return (b, s, e) => decoder.decode(b.subarray(s, e));
}

const EMPTY = Buffer.alloc(0);
/** Scratch lanes for {@link mixBytes}. */
const LANES = new Int32Array(2);

/**
 * Mixes the bytes `s..e` of a buffer into two hash lanes (`lanes[0]`, `lanes[1]`, updated in place): four bytes
 * per step as a little-endian word through core's mixLane1/mixLane2, then the bytes left one by one, marked so
 * they never read as a word. The byte hash of {@link recordFingerprint}.
 * @example const l = new Int32Array(2); mixBytes(buf, view, 0, buf.length, l) // l now holds both lanes
 */
function mixBytes(b: Buffer | Uint8Array, v: DataView, s: number, e: number, lanes: Int32Array): void {
  let h1 = lanes[0];
  let h2 = lanes[1];
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const c = v.getInt32(i, true);
    h1 = mixLane1(h1, c);
    h2 = mixLane2(h2, c);
  }
  for (; i < e; i++) {
    const c = b[i] | 0x7fff0000;
    h1 = mixLane1(h1, c);
    h2 = mixLane2(h2, c);
  }
  lanes[0] = h1;
  lanes[1] = h2;
}

/**
 * A record's fingerprint (RowView.fingerprint): a hash of the bytes from its first cell's start to its last
 * non-empty cell's end (cells and the delimiters between them), four bytes per step, then of every cell's
 * length: content plus lengths determine the cells exactly, so equal fingerprints mean equal rows but for hash
 * collisions. Cell j is `starts[j]`..`ends[j]` of `buf`, for j < `length`. The field index's WebAssembly
 * `fingerprint` gives the same number for a record read from its window.
 * @example recordFingerprint(buf, view, row.starts, row.ends, row.length) // CsvRow.fingerprint()
 */
export function recordFingerprint(buf: Buffer, view: DataView, starts: Int32Array, ends: Int32Array, length: number): number {
  const lanes = LANES;
  lanes[0] = 0xdeadbeef ^ length;
  lanes[1] = 0x41c6ce57 ^ length;
  if (length > 0) mixBytes(buf, view, starts[0], ends[length - 1], lanes);
  let h1 = lanes[0];
  let h2 = lanes[1];
  for (let j = 0; j < length; j++) {
    const n = ends[j] - starts[j];
    h1 = mixLane1(h1, n) + j;
    h2 = mixLane2(h2, n) + j;
  }
  return finishFingerprint(h1, h2);
}

/**
 * One record of a delimited file as core's ingester reads it ({@link RowView}): the cells are byte ranges
 * in the reader's buffer (for a record with quoted cells, in a scratch buffer holding the unquoted content,
 * cells still separated by the delimiter), so a cell becomes a string only when the ingester asks for its
 * text, and repeated texts (quantities, prices) come from a small cache instead of the decoder. A cell's
 * code (`code`) is found from its bytes, so a value seen before is never decoded again. Amounts and dates in
 * their commonest forms are read straight from the bytes; same-as-previous-row checks compare bytes. The reader fills one object record after record (`begin`, cells, `end`); the previous
 * record's ranges are kept for `same`.
 */
export class CsvRow implements RowView {
  /** Source row number of the record's first line (header = 1). */
  row = 0;
  /** Lines of the file the record spans: more than 1 when a quoted cell holds line breaks. */
  lines = 1;
  /** Cells up to the last non-empty one. */
  length = 0;
  /** Cells in the record, trailing empty ones included. */
  count = 0;
  /**
   * True when the record's bytes are not in the chunk being read, so a reader that keeps chunks (the reader
   * thread's batches) must copy them: a record with quoted cells (`buf` is a scratch buffer with their unquoted
   * content) or a record cut by the chunk's end (`buf` is a small buffer joining its two parts).
   */
  outsideChunk = false;
  /** The buffer the cell ranges point into, and a DataView on it (for hashing four bytes at a time). */
  buf: Buffer = EMPTY;
  view: DataView = new DataView(EMPTY.buffer, 0, 0);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /**
   * The cells among the first 31 that may be blank (bit j for cell j): empty, or starting with a byte a blank
   * can start with. The reader works it out from the first byte of each cell, which it reads anyway (for a
   * quote); -1 (every cell may be) until it does. The others are not blank, without a look at their bytes.
   */
  blankCandidates = -1;
  /** Per byte: 1 when a cell starting with it may be blank, in this file's encoding ({@link mayStartBlank}). */
  readonly blankStarts: Uint8Array;
  /**
   * The number of the record's first entry in the reader's field index (`fieldIndex`), when its cells were all
   * read from the index's current window: `fingerprint` and `sameMask` then ask the index, which works them out
   * in WebAssembly from the window's bytes. -1 for any other record (quoted, across a window's seam,
   * whitespace-separated).
   */
  entry = -1;
  /** The field index's window `entry` refers to ({@link FieldIndex.windows} when the record was read). */
  window = 0;
  /** `entry` and `window` of the previous record, for {@link sameMask}. */
  private prevEntry = -1;
  private prevWindow = -1;
  private prevBuf: Buffer = EMPTY;
  private prevView: DataView = new DataView(EMPTY.buffer, 0, 0);
  private prevStarts = new Int32Array(256);
  private prevEnds = new Int32Array(256);
  private prevCount = 0;
  /** The previous record's bytes when {@link keepPrevious} moved them. */
  private kept: Buffer = Buffer.allocUnsafeSlow(1 << 10);
  /** The last ended record's buffer and cell count, and whether a record is begun and not yet ended. */
  private current: Buffer = EMPTY;
  private currentView: DataView = new DataView(EMPTY.buffer, 0, 0);
  private currentCount = 0;
  private open = false;
  private readonly texts_ = new TextCache();

  /**
   * @param decode bytes → text in the file's encoding
   * @param utf8 whether the file is UTF-8 (lets blank checks decide from the first byte)
   * @param fieldIndex the reader's field index, whose window `entry` refers to
   */
  constructor(
    private readonly decode: DecodeBytes,
    private readonly utf8: boolean,
    private readonly fieldIndex: FieldIndex | null = null,
  ) {
    this.blankStarts = utf8 ? BLANK_STARTS_UTF8 : BLANK_STARTS_BYTE;
  }

  /** Starts a record in `buf`: the last ended record becomes the previous one (a record begun again is just reset). */
  begin(buf: Buffer, view: DataView, row: number): void {
    if (!this.open) {
      this.prevEntry = this.entry;
      this.prevWindow = this.window;
    }
    this.buf = buf;
    this.view = view;
    this.row = row;
    this.lines = 1;
    this.count = 0;
    this.outsideChunk = false;
    this.blankCandidates = -1;
    this.entry = -1;
    if (this.open) return;
    this.open = true;
    const s = this.prevStarts;
    const e = this.prevEnds;
    this.prevStarts = this.starts;
    this.prevEnds = this.ends;
    this.prevBuf = this.current;
    this.prevView = this.currentView;
    this.prevCount = this.currentCount;
    this.starts = s;
    this.ends = e;
  }

  /**
   * Moves the previous record's bytes into a buffer of this object's own, so the buffer they lay in (a chunk of
   * the file the reader thread hands over to the main thread instead of copying it) may go: `same` still
   * compares the current record with them.
   */
  keepPrevious(): void {
    const n = this.prevCount;
    const from = n > 0 ? this.prevStarts[0] : 0;
    const to = n > 0 ? this.prevEnds[n - 1] : 0;
    if (this.kept.length < to - from) this.kept = Buffer.allocUnsafeSlow(Math.max(to - from, this.kept.length * 2));
    this.prevBuf.copy(this.kept, 0, from, to);
    for (let j = 0; j < n; j++) {
      this.prevStarts[j] -= from;
      this.prevEnds[j] -= from;
    }
    this.prevBuf = this.kept;
    this.prevView = new DataView(this.kept.buffer, this.kept.byteOffset, this.kept.length);
  }

  /** Appends a cell `start..end` of the current buffer. */
  push(start: number, end: number): void {
    const n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
  }

  /** Makes room for twice as many cells. */
  grow(): void {
    const n = this.starts.length;
    const s = new Int32Array(n * 2);
    s.set(this.starts);
    const e = new Int32Array(n * 2);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }

  /** Ends the record: works out `length` (trailing empty cells do not count). */
  end(): void {
    this.open = false;
    this.current = this.buf;
    this.currentView = this.view;
    this.currentCount = this.count;
    let length = this.count;
    while (length > 0 && this.isEmptyAt(length - 1)) length--;
    this.length = length;
  }

  /** Every cell as text (trailing empty cells included; a blank line gives []). */
  texts(): string[] {
    if (this.length === 0 && this.count <= 1) return [];
    const out = new Array<string>(this.count);
    for (let j = 0; j < this.count; j++) out[j] = this.decode(this.buf, this.starts[j], this.ends[j]);
    return out;
  }

  cell(col: number): Cell {
    if (col >= this.count) return '';
    const s = this.starts[col];
    const e = this.ends[col];
    if (s === e) return '';
    return this.texts_.get(col, this.buf, s, e, this.decode);
  }

  isEmpty(col: number): boolean {
    return col >= this.length || this.isEmptyAt(col);
  }

  same(col: number): boolean {
    const inThis = col < this.count;
    const inPrev = col < this.prevCount;
    const s = inThis ? this.starts[col] : 0;
    const n = inThis ? this.ends[col] - s : 0;
    const ps = inPrev ? this.prevStarts[col] : 0;
    if (n !== (inPrev ? this.prevEnds[col] - ps : 0)) return false;
    const a = this.view;
    const b = this.prevView;
    if (n < 4) {
      for (let i = 0; i < n; i++) if (this.buf[s + i] !== this.prevBuf[ps + i]) return false;
      return true;
    }
    // Four bytes at a time; the last four (overlapping the loop's last word) cover a length not divisible by 4.
    for (let i = 0; i + 4 <= n; i += 4) if (a.getInt32(s + i, true) !== b.getInt32(ps + i, true)) return false;
    return a.getInt32(s + n - 4, true) === b.getInt32(ps + n - 4, true);
  }

  /**
   * The columns of `cols` (a bit mask of columns 0-30) whose cells equal the previous record's ({@link same}),
   * as bits: from the field index (WebAssembly) when both records were read from its current window, else here.
   * @example after `a,b` and `a,c`: row.sameMask(0b11) // → 0b01
   */
  sameMask(cols: number): number {
    if (this.entry >= 0 && this.prevEntry >= 0 && this.window === this.prevWindow && this.fieldIndex !== null) {
      const n = this.count;
      const p = this.prevCount;
      const mask = this.fieldIndex.same(this.entry, this.starts[0], this.ends[n - 1], n, this.prevEntry, this.prevStarts[0], this.prevEnds[p - 1], p, cols);
      if (mask >= 0) return mask;
    }
    let mask = 0;
    for (let left = cols; left !== 0; left &= left - 1) {
      const col = 31 - Math.clz32(left & -left);
      if (this.same(col)) mask |= 1 << col;
    }
    return mask;
  }

  code(col: number, codes: CellCodes): number {
    if (col >= this.count) return codes.ofCell('');
    return codes.ofBytes(this.buf, this.starts[col], this.ends[col], this.decode);
  }

  idKey(col: number): number {
    return col < this.count ? asciiDigitsKey(this.buf, this.starts[col], this.ends[col]) : -1;
  }

  /** The cell read by asciiAmountCents (NOT_SIMPLE when it does not read it, or for a column past the record's cells). */
  asciiAmount(col: number): number {
    return col >= 0 && col < this.count ? asciiAmountCents(this.buf, this.starts[col], this.ends[col]) : NOT_SIMPLE;
  }

  /** The cell read by asciiDateCode (NOT_SIMPLE when it does not read it, or for a column past the record's cells). */
  asciiDate(col: number, monthFirst: boolean): number {
    return col >= 0 && col < this.count ? asciiDateCode(this.buf, this.starts[col], this.ends[col], monthFirst) : NOT_SIMPLE;
  }

  amount(col: number): number {
    const cents = this.asciiAmount(col);
    return cents !== NOT_SIMPLE ? cents : parseAmount(this.cell(col));
  }

  dateCode(col: number, monthFirst: boolean, timeZone: string): number {
    const code = this.asciiDate(col, monthFirst);
    return code !== NOT_SIMPLE ? code : parseDateCode(this.cell(col), monthFirst, timeZone);
  }

  /** {@link recordFingerprint} of this record: from the field index (WebAssembly) when it can tell, else here. */
  fingerprint(): number {
    const length = this.length;
    if (this.entry >= 0 && length > 0 && this.fieldIndex !== null) {
      const f = this.fieldIndex.fingerprint(this.entry, this.starts[0], this.ends[length - 1], length);
      if (f >= 0) return f;
    }
    return recordFingerprint(this.buf, this.view, this.starts, this.ends, length);
  }

  /** Empty as isEmptyCell says (see {@link blankBytes}); a cell that is no blank candidate is not. */
  private isEmptyAt(col: number): boolean {
    return isBlankCandidate(this.blankCandidates, col) && blankBytes(this.buf, this.starts[col], this.ends[col], this.utf8, this.decode);
  }
}

/**
 * Whether a cell whose first byte is `c` may be blank (only blanks; see {@link blankBytes}): not when `c` is
 * printable ASCII, nor in UTF-8 when it leads a character that is never blank (Cyrillic D0/D1 among them). C2,
 * E1, E2, E3 and EF can start a blank (NBSP, U+1680, U+2000–U+205F, U+3000, BOM).
 * @example mayStartBlank(0x41, true) // → false ('A'); mayStartBlank(0xc2, true) // → true (NBSP's lead byte)
 */
export function mayStartBlank(c: number, utf8: boolean): boolean {
  if (c > 32 && c < 128) return false;
  return !(utf8 && ((c >= 0xc3 && c <= 0xdf) || c === 0xe0 || (c >= 0xe4 && c <= 0xee) || (c >= 0xf0 && c <= 0xf4)));
}

/**
 * Whether cell `col` is among a record's blank candidates (CsvRow.blankCandidates: bits for the first 31 cells;
 * any later cell always is), i.e. whether a blank check must look at its bytes.
 * @example isBlankCandidate(0b101, 1) // → false; isBlankCandidate(0b101, 2) // → true; isBlankCandidate(0, 40) // → true
 */
export function isBlankCandidate(candidates: number, col: number): boolean {
  return col >= 31 || (candidates & (1 << col)) !== 0;
}

/** {@link mayStartBlank} for every byte: 1 or 0, looked up by the reader for each cell's first byte. */
function blankStarts(utf8: boolean): Uint8Array {
  return Uint8Array.from({ length: 256 }, (_, c) => (mayStartBlank(c, utf8) ? 1 : 0));
}
const BLANK_STARTS_UTF8 = blankStarts(true);
const BLANK_STARTS_BYTE = blankStarts(false);

/**
 * Whether the bytes `s..e` of `buf` are an empty cell as core's isEmptyCell says: nothing, or only blanks. A
 * first byte that cannot start a blank ({@link mayStartBlank}) settles it without decoding.
 * @example blankBytes(Buffer.from(' \u00a0'), 0, 3, true, decoderFor('utf-8')) // → true
 */
export function blankBytes(buf: Buffer, s: number, e: number, utf8: boolean, decode: DecodeBytes): boolean {
  if (s === e) return true;
  if (!mayStartBlank(buf[s], utf8)) return false;
  return isEmptyCell(decode(buf, s, e));
}
