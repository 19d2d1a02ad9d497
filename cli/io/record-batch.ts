import { asciiAmountCents, asciiDateCode, asciiDigitsKey, CellCodes, NOT_SIMPLE, parseAmount, parseDateCode, type Cell, type RowView } from '../../core/ledger';
import { blankBytes, isBlankCandidate, type CsvRow, type DecodeBytes } from './csv-row';
import { TextCache } from './text-cache';

/**
 * Records read by a reader thread, sent to the main thread in one message: the chunk of the file the records
 * lie in, the content of records outside it (`extra`: quoted records, records cut by the chunk's end), and per
 * record its cell ranges, which cells repeat the previous record's and the codes of the coded columns, worked
 * out on the reader thread; and, when the reader thread helped with the batch (the main thread lagging), the
 * codes of the few-valued columns and each record's amount, date and order id.
 */
export interface RecordBatch {
  chunk: Uint8Array;
  extra: Uint8Array;
  /**
   * Per record: row, cell count, length, same mask, 1 when its cells are in `extra`, blank candidates
   * (CsvRow.blankCandidates), lines of the file it spans, then start/end pairs.
   */
  meta: Int32Array;
  /** Where each record's entries start in `meta`. */
  offsets: Int32Array;
  /** Per record, per coded column ({@link Precompute.coded}): the cell's code in the reader thread's numbering. */
  codes: Int32Array;
  /**
   * Per record, per helped column ({@link Precompute.helped}): the cell's code in the reader thread's own numbering
   * of that column (never sent as texts: the main thread learns what each code stands for from the bytes). Empty
   * when the reader thread did not help with this batch.
   */
  helpCodes: Int32Array;
  /**
   * Per record, when the reader thread helped with this batch (else empty): the amount cell read by
   * asciiAmountCents, the date cell by asciiDateCode and the order id cell as BatchRow.idKey reads it, so the main
   * thread need not touch the record's bytes (NOT_SIMPLE: it reads the cell as text, as it would anyway).
   */
  helpNumbers: Float64Array;
  /** Per coded column: the texts of the codes first seen in this batch, in code order. */
  newTexts: string[][];
  records: number;
}

/**
 * What the reader thread works out for the main thread: the columns whose cells it compares with the previous
 * record's and numbers, and those it reads when it helps. Blank cells, amounts, dates and the few-valued columns
 * are otherwise read on the main thread, from the same bytes (on a generated file the reader thread is as busy).
 */
export interface Precompute {
  /** Columns (< 31) whose same-as-previous answers are sent as a bit mask (core's REPEATED_FIELDS). */
  repeated: number[];
  /**
   * Columns whose cells the reader thread numbers, so the main thread hashes none of their bytes: the per-customer
   * ones among core's CODED_FIELDS (the others have few distinct cells, cheap to number on the main thread).
   */
  coded: number[];
  /**
   * Columns the reader thread numbers only while the main thread lags behind (see {@link BatchWriter.helping}):
   * the few-valued coded ones (status, manager, channel, category…), which the main thread otherwise finds from
   * the bytes. In a file sorted by date their cells change on most rows, and finding them was the main thread's
   * largest cost beyond the generated file's.
   */
  helped: number[];
  /** The amount, date and order id columns, read by the reader thread when it helps (-1: not in the file). */
  amountColumn: number;
  dateColumn: number;
  orderColumn: number;
  /** The day order dates are read in (the ingester's `dateOrder` is 'mdy'). */
  monthFirst: boolean;
}

const HEAD = 7;

/**
 * Collects the records of one chunk into a {@link RecordBatch} on the reader thread: `add` each record
 * (a {@link CsvRow} of the byte reader), `take` the batch when the reader moves to the next chunk.
 */
export class BatchWriter {
  private chunk: Uint8Array | null = null;
  private extra = new Uint8Array(1 << 12);
  private extraLength = 0;
  private meta = new Int32Array(1 << 16);
  private metaLength = 0;
  private offsets = new Int32Array(1 << 12);
  private codes = new Int32Array(1 << 12);
  private newTexts: string[][];
  /** Per coded column: the reader thread's numbering of its cells, and the previous record's code. */
  private readonly cellCodes: CellCodes[];
  private readonly previous: Int32Array;
  /**
   * Whether this thread numbers the helped columns for the current batch: set between batches by the reader thread
   * (`take` starts the next batch), on when the main thread has several batches waiting, off when it keeps up.
   */
  helping = false;
  private helpCodes = new Int32Array(1 << 12);
  private helpNumbers = new Float64Array(1 << 12);
  /** Per helped column: this thread's numbering of its cells, and the previous record's code (valid when helpedBefore). */
  private readonly helpedCodes: CellCodes[];
  private readonly helpedPrevious: Int32Array;
  private helpedBefore = false;
  private records = 0;
  private added = 0;
  /** Columns whose same-as-previous answer is in the record's same mask. */
  private sameKnown = 0;

  constructor(private readonly pre: Precompute) {
    this.cellCodes = pre.coded.map(() => new CellCodes());
    this.previous = new Int32Array(pre.coded.length);
    this.helpedCodes = pre.helped.map(() => new CellCodes());
    this.helpedPrevious = new Int32Array(pre.helped.length);
    this.newTexts = pre.coded.map(() => []);
    for (const c of pre.repeated) this.sameKnown |= 1 << c;
  }

  /** Number of records in the current batch. */
  get size(): number {
    return this.records;
  }

  /** The chunk the current batch's records lie in (null when the batch is empty). */
  get current(): Uint8Array | null {
    return this.chunk;
  }

  /** Adds one record; `row.buf` is either the current chunk or (`row.outsideChunk`) a buffer of its own, copied to `extra`. */
  add(row: CsvRow, rowNumber: number): void {
    const pre = this.pre;
    const n = row.count;
    const outside = row.outsideChunk;
    if (!outside) this.chunk ??= row.buf;
    if (this.metaLength + HEAD + 2 * n > this.meta.length) this.meta = grow(this.meta, this.metaLength + HEAD + 2 * n);
    if (this.records === this.offsets.length) this.offsets = grow(this.offsets, this.records + 1);
    const same = row.sameMask(this.sameKnown);
    const coded = pre.coded;
    const width = coded.length;
    if ((this.records + 1) * width > this.codes.length) this.codes = grow(this.codes, (this.records + 1) * width);
    // The texts of new codes are sent with the batch: the main thread's codes objects take them in this order.
    this.number(row, same, coded, this.cellCodes, this.previous, this.added > 0, this.codes, this.records * width, this.newTexts);
    if (this.helping) this.help(row, same);
    this.helpedBefore = this.helping;
    this.added++;
    const m = this.meta;
    let at = this.metaLength;
    this.offsets[this.records] = at;
    m[at++] = rowNumber;
    m[at++] = n;
    m[at++] = row.length;
    m[at++] = same;
    m[at++] = outside ? 1 : 0;
    m[at++] = row.blankCandidates;
    m[at++] = row.lines;
    let shift = 0;
    if (outside) {
      // Copy the record's content (from its first cell's start to its last cell's end) to `extra`.
      const from = n > 0 ? row.starts[0] : 0;
      const to = n > 0 ? row.ends[n - 1] : 0;
      if (this.extraLength + (to - from) > this.extra.length) this.extra = grow(this.extra, this.extraLength + (to - from));
      this.extra.set(row.buf.subarray(from, to), this.extraLength);
      shift = this.extraLength - from;
      this.extraLength += to - from;
    }
    for (let j = 0; j < n; j++) {
      m[at++] = row.starts[j] + shift;
      m[at++] = row.ends[j] + shift;
    }
    this.metaLength = at;
    this.records++;
  }

  /**
   * Numbers the record's cells in `columns`, the i-th with `codes[i]`, into `out` from `at`: a cell equal to the
   * previous record's keeps that record's code (`previous[i]`, when `previousKnown`); the text of a code new to its
   * codes object goes to `texts[i]` when `texts` is given, and the codes object forgets it (this thread reads it
   * no more).
   */
  private number(row: CsvRow, same: number, columns: number[], codes: CellCodes[], previous: Int32Array, previousKnown: boolean, out: Int32Array, at: number, texts: string[][] | null): void {
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i];
      let code: number;
      if (previousKnown && this.repeats(row, same, col)) code = previous[i];
      else {
        const c = codes[i];
        const size = c.size;
        code = row.code(col, c);
        if (code === size) {
          if (texts !== null) texts[i].push(c.cell(code) as string);
          c.forget(code);
        }
      }
      previous[i] = code;
      out[at + i] = code;
    }
  }

  /** Whether the record's cell in `col` equals the previous record's: from its same mask (`same`) when that has the column. */
  private repeats(row: CsvRow, same: number, col: number): boolean {
    return col < 31 && (this.sameKnown & (1 << col)) !== 0 ? (same & (1 << col)) !== 0 : row.same(col);
  }

  /** Numbers the record's helped cells (a cell equal to the previous record's keeps its code) and reads its amount, date and order id. */
  private help(row: CsvRow, same: number): void {
    const pre = this.pre;
    if (3 * (this.records + 1) > this.helpNumbers.length) this.helpNumbers = grow(this.helpNumbers, 3 * (this.records + 1));
    const at = 3 * this.records;
    this.helpNumbers[at] = row.asciiAmount(pre.amountColumn);
    this.helpNumbers[at + 1] = row.asciiDate(pre.dateColumn, pre.monthFirst);
    this.helpNumbers[at + 2] = pre.orderColumn >= 0 ? row.idKey(pre.orderColumn) : -1;
    const helped = pre.helped;
    const width = helped.length;
    if ((this.records + 1) * width > this.helpCodes.length) this.helpCodes = grow(this.helpCodes, (this.records + 1) * width);
    // Only the numbers are sent: the main thread maps each to its own code from the bytes.
    this.number(row, same, helped, this.helpedCodes, this.helpedPrevious, this.helpedBefore, this.helpCodes, this.records * width, null);
  }

  /** The batch so far (its arrays trimmed), and a fresh start. Null when no record was added. */
  take(): RecordBatch | null {
    if (this.records === 0) return null;
    const batch: RecordBatch = {
      chunk: this.chunk ?? new Uint8Array(0),
      extra: this.extra.slice(0, this.extraLength),
      meta: this.meta.slice(0, this.metaLength),
      offsets: this.offsets.slice(0, this.records),
      codes: this.codes.slice(0, this.records * this.pre.coded.length),
      helpCodes: this.helping ? this.helpCodes.slice(0, this.records * this.pre.helped.length) : new Int32Array(0),
      helpNumbers: this.helping ? this.helpNumbers.slice(0, 3 * this.records) : new Float64Array(0),
      newTexts: this.newTexts,
      records: this.records,
    };
    this.newTexts = this.pre.coded.map(() => []);
    this.chunk = null;
    this.extraLength = 0;
    this.metaLength = 0;
    this.records = 0;
    return batch;
  }
}

/**
 * The buffers of a batch to move to the main thread instead of copying them (postMessage's transfer list): the
 * ones {@link BatchWriter.take} made for it alone, and with `chunk` the chunk of the file too, when the reader is
 * done with it and it has a buffer of its own (the reader then keeps the last record's bytes for the next
 * record's comparisons: CsvRow.keepPrevious).
 */
export function movableBuffers(batch: RecordBatch, chunk: boolean): ArrayBuffer[] {
  const moved = [batch.extra, batch.meta, batch.offsets, batch.codes, batch.helpCodes, batch.helpNumbers].map((a) => a.buffer as ArrayBuffer);
  const c = batch.chunk;
  if (chunk && c.byteOffset === 0 && c.byteLength === c.buffer.byteLength && c.byteLength > 0) moved.push(c.buffer as ArrayBuffer);
  return moved;
}

/** Per column: its position in `pre.coded` (where its code sits in a record's codes), or -1. */
function codedPositions(pre: Precompute): Int32Array {
  const at = new Int32Array(Math.max(0, ...pre.coded) + 1).fill(-1);
  pre.coded.forEach((col, i) => (at[col] = i));
  return at;
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * A {@link RowView} over one record of a {@link RecordBatch}, on the main thread: same-as-previous answers and
 * the codes of the coded columns come from the reader thread, and so do, in the batches it helped with, the
 * amount, the date, the order id and the few-valued columns' codes (mapped to the ingester's codes once per
 * code); the rest is read from the batch's bytes as {@link CsvRow} reads them, and a cell's text is decoded
 * (through a cache) only when the ingester asks for it.
 */
export class BatchRow implements RowView {
  length = 0;
  /** Lines of the file the viewed record spans (CsvRow.lines). */
  lines = 1;
  private batch: RecordBatch | null = null;
  private chunk: Buffer = Buffer.alloc(0);
  private extra: Buffer = Buffer.alloc(0);
  private at = 0;
  private count = 0;
  private same_ = 0;
  /** The viewed record's cells that may be blank (CsvRow.blankCandidates): the others are not. */
  private blankCandidates = -1;
  private buf: Buffer = Buffer.alloc(0);
  /** Where the viewed record's codes start in the batch's `codes`. */
  private codeAt = 0;
  /** Per column: its position in `pre.coded`, or -1. */
  private readonly codedIndex: Int32Array;
  /**
   * Per coded column: the texts the reader thread numbered from code `threadFrom[i]` on ('' once handed to the
   * codes object). When every one was handed over the list starts again, so it does not keep an entry per
   * distinct cell (a million one-off customers' four columns: 32 MB of empty entries).
   */
  private readonly threadTexts: string[][];
  private readonly threadFrom: Int32Array;
  /**
   * Per coded column: the codes object numbered as the reader thread numbers the column (the first to ask,
   * when still empty). A column may feed two fields (the e-mail column as the customer id too); the other
   * field's codes are found from the bytes.
   */
  private readonly owners: (CellCodes | null)[];
  /** Per column: its position in `pre.helped`, or -1. */
  private readonly helpedIndex: Int32Array;
  /** Where the viewed record's help codes start in the batch's `helpCodes`, or -1 when the batch has none. */
  private helpAt = -1;
  /** Where the viewed record's amount, date and order id are in the batch's `helpNumbers` (read when helpAt ≥ 0). */
  private numbersAt = 0;
  /**
   * Per helped column: the reader thread's code → the code its bytes have in the codes object that first asked
   * (`helpOwners`), plus one (0: not met yet). Other codes objects get codes from the bytes.
   */
  private readonly toOwner: Int32Array[];
  private readonly helpOwners: (CellCodes | null)[];
  private readonly knownSame: number;
  private readonly texts_ = new TextCache();

  /**
   * @param pre what the reader thread works out
   * @param decode bytes → text in the file's encoding
   * @param utf8 whether the file is UTF-8 (lets blank checks decide from the first byte)
   */
  constructor(
    private readonly pre: Precompute,
    private readonly decode: DecodeBytes,
    private readonly utf8: boolean,
  ) {
    let knownSame = 0;
    for (const c of pre.repeated) knownSame |= 1 << c;
    this.knownSame = knownSame;
    this.codedIndex = codedPositions(pre);
    this.threadTexts = pre.coded.map(() => []);
    this.threadFrom = new Int32Array(pre.coded.length);
    this.owners = pre.coded.map(() => null);
    this.helpedIndex = new Int32Array(Math.max(-1, ...pre.helped) + 1).fill(-1);
    pre.helped.forEach((col, i) => (this.helpedIndex[col] = i));
    this.toOwner = pre.helped.map(() => new Int32Array(64));
    this.helpOwners = pre.helped.map(() => null);
  }

  /** Number of records in `batch`; `view(i)` then points this object at record i. */
  load(batch: RecordBatch): number {
    this.batch = batch;
    this.chunk = Buffer.from(batch.chunk.buffer, batch.chunk.byteOffset, batch.chunk.length);
    this.extra = Buffer.from(batch.extra.buffer, batch.extra.byteOffset, batch.extra.length);
    for (let i = 0; i < batch.newTexts.length; i++) {
      const texts = this.threadTexts[i];
      for (const t of batch.newTexts[i]) texts.push(t);
    }
    return batch.records;
  }

  /** Points the view at record `i` of the loaded batch; returns its source row number. */
  view(i: number): number {
    const b = this.batch as RecordBatch;
    const at = b.offsets[i];
    const m = b.meta;
    this.at = at + HEAD;
    this.codeAt = i * this.pre.coded.length;
    this.helpAt = b.helpNumbers.length > 0 ? i * this.pre.helped.length : -1;
    this.numbersAt = 3 * i;
    this.count = m[at + 1];
    this.length = m[at + 2];
    this.same_ = m[at + 3];
    this.buf = m[at + 4] === 1 ? this.extra : this.chunk;
    this.blankCandidates = m[at + 5];
    this.lines = m[at + 6];
    return m[at];
  }

  cell(col: number): Cell {
    if (col >= this.count) return '';
    const m = (this.batch as RecordBatch).meta;
    const s = m[this.at + 2 * col];
    const e = m[this.at + 2 * col + 1];
    return s === e ? '' : this.texts_.get(col, this.buf, s, e, this.decode);
  }

  isEmpty(col: number): boolean {
    if (col >= this.length) return true;
    if (!isBlankCandidate(this.blankCandidates, col)) return false;
    const m = (this.batch as RecordBatch).meta;
    return blankBytes(this.buf, m[this.at + 2 * col], m[this.at + 2 * col + 1], this.utf8, this.decode);
  }

  same(col: number): boolean {
    return col < 31 && (this.knownSame & (1 << col)) !== 0 && (this.same_ & (1 << col)) !== 0;
  }

  /**
   * Codes of the reader thread's coded columns are the thread's own numbers, for the first codes object that
   * asks for the column while still empty (a column keeps one codes object per field): the thread numbers
   * cells in order of first sight and sends each one's text once, so the codes object is given, in order,
   * the texts of every code up to the one asked (see RowView.code: codes may come ahead of the rows asked).
   * Any other codes object, and other columns, get codes from the bytes.
   */
  code(col: number, codes: CellCodes): number {
    const i = col < this.codedIndex.length ? this.codedIndex[col] : -1;
    if (i >= 0 && (this.owners[i] === codes || (this.owners[i] === null && codes.size === 0))) {
      this.owners[i] = codes;
      const code = (this.batch as RecordBatch).codes[this.codeAt + i];
      if (code >= codes.size) {
        const texts = this.threadTexts[i];
        const from = this.threadFrom[i];
        for (let c = codes.size; c <= code; c++) {
          codes.addNew(texts[c - from]);
          texts[c - from] = ''; // handed over: the ingester keeps what it works out from it
        }
        if (code + 1 === from + texts.length && texts.length >= 1024) {
          this.threadFrom[i] = code + 1;
          this.threadTexts[i] = [];
        }
      }
      return code;
    }
    const h = this.helpAt >= 0 && col < this.helpedIndex.length ? this.helpedIndex[col] : -1;
    if (h >= 0 && (this.helpOwners[h] === codes || this.helpOwners[h] === null)) {
      // Numbered by the reader thread: bytes met before under its code are not looked at again.
      this.helpOwners[h] = codes;
      const theirs = (this.batch as RecordBatch).helpCodes[this.helpAt + h];
      let map = this.toOwner[h];
      if (theirs >= map.length) map = this.toOwner[h] = grow(map, theirs + 1);
      const known = map[theirs];
      if (known > 0) return known - 1;
      const code = this.bytesCode(col, codes);
      map[theirs] = code + 1;
      return code;
    }
    return this.bytesCode(col, codes);
  }

  /** The code of the viewed record's cell in column `col`, found from its bytes. */
  private bytesCode(col: number, codes: CellCodes): number {
    if (col >= this.count) return codes.ofCell('');
    const m = (this.batch as RecordBatch).meta;
    return codes.ofBytes(this.buf, m[this.at + 2 * col], m[this.at + 2 * col + 1], this.decode);
  }

  idKey(col: number): number {
    if (this.helpAt >= 0 && col === this.pre.orderColumn) return (this.batch as RecordBatch).helpNumbers[this.numbersAt + 2];
    if (col >= this.count) return -1;
    const m = (this.batch as RecordBatch).meta;
    return asciiDigitsKey(this.buf, m[this.at + 2 * col], m[this.at + 2 * col + 1]);
  }

  /**
   * The amount cell read by asciiAmountCents: by the reader thread in a batch it helped with, else here from the
   * bytes (NOT_SIMPLE when it does not read it, as CsvRow.asciiAmount).
   */
  private asciiAmount(col: number): number {
    if (this.helpAt >= 0 && col === this.pre.amountColumn) return (this.batch as RecordBatch).helpNumbers[this.numbersAt];
    if (col < 0 || col >= this.count) return NOT_SIMPLE;
    const m = (this.batch as RecordBatch).meta;
    return asciiAmountCents(this.buf, m[this.at + 2 * col], m[this.at + 2 * col + 1]);
  }

  /** The date cell read by asciiDateCode, from the reader thread or the bytes as {@link asciiAmount} reads amounts. */
  private asciiDate(col: number, monthFirst: boolean): number {
    if (this.helpAt >= 0 && col === this.pre.dateColumn && monthFirst === this.pre.monthFirst) return (this.batch as RecordBatch).helpNumbers[this.numbersAt + 1];
    if (col < 0 || col >= this.count) return NOT_SIMPLE;
    const m = (this.batch as RecordBatch).meta;
    return asciiDateCode(this.buf, m[this.at + 2 * col], m[this.at + 2 * col + 1], monthFirst);
  }

  amount(col: number): number {
    const cents = this.asciiAmount(col);
    return cents !== NOT_SIMPLE ? cents : parseAmount(this.cell(col));
  }

  dateCode(col: number, monthFirst: boolean, timeZone: string): number {
    const code = this.asciiDate(col, monthFirst);
    return code !== NOT_SIMPLE ? code : parseDateCode(this.cell(col), monthFirst, timeZone);
  }

  /** Not sent: the reader thread fingerprints every record and finds the duplicate rows itself, so the ingester is made with `rowFingerprints: false`. */
  fingerprint(): number {
    throw new Error('BatchRow.fingerprint: duplicate rows are found on the reader thread (create the ingester with rowFingerprints: false)');
  }
}
