import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { UserInputError } from '../../core/errors';
import { bilingual } from '../../core/ledger/bilingual';
import { CsvRow, decoderFor, type DecodeBytes } from './csv-row';
import { detectDelimiterFromLines, type Delimiter } from './detect-delimiter';
import { FieldIndex, POSITION } from './field-index';
import { notText } from './not-text';

/** Where reading stands, for a progress indicator. */
export interface ReadProgress {
  bytes: number;
  records: number;
}

/** Text encodings the reader accepts: UTF-8 (with or without BOM) and Windows-1251 (Russian Excel / 1C exports). */
export type InputEncoding = 'utf-8' | 'windows-1251';

export interface ReadRowsOptions {
  /** The separator; null detects it from the first non-blank lines (up to 20). */
  delimiter: Delimiter | null;
  /** The encoding; null or absent: UTF-8, unless the first chunk is not valid UTF-8, then Windows-1251. */
  encoding?: InputEncoding | null;
  /** Called with the encoding used, before the first record. */
  onEncoding?: (encoding: InputEncoding) => void;
  /** Called with the detected or given delimiter before the first record. */
  onDelimiter?: (delimiter: Delimiter) => void;
  /** Called every ~1 MB read. */
  onProgress?: (progress: ReadProgress) => void;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const EQUALS = 61;
/** What {@link scanPlain} returns when a cell starts with a quote. */
const QUOTED = -2;
const EMPTY = Buffer.alloc(0);

/** Non-blank lines the delimiter is guessed from (a title above the header must not decide it). */
const SNIFF_LINES = 20;
/** Bytes read ahead at most to find those lines: past this, the lines found so far decide. */
const SNIFF_BYTES = 1 << 20;

/**
 * Streams a delimited text file record by record as {@link CsvRow} views over its bytes: UTF-8 with or
 * without BOM, Windows-1251 (taken when the first chunk is not valid UTF-8, as in Russian Excel and 1C
 * exports), or UTF-16 with a byte-order mark (Excel's "Unicode Text", read as the UTF-8 it decodes to); LF,
 * CRLF or CR line ends (CR alone when the first line ends so); RFC 4180 quoting (a cell starting with `"` runs to
 * the matching quote,
 * `""` inside is one quote, separators and line breaks inside are text, CRLF inside becomes LF; a quote
 * elsewhere in a cell is just a character); `="00123"`, Excel's way to keep a cell text, is the quoted text
 * `00123`. With `whitespace`, cells are separated by runs of spaces/tabs
 * and blanks around a line are ignored. A record's row number is its first line's (header = 1); a blank
 * line is a record with no non-empty cell.
 *
 * Speed: the file is read once, where each chunk lies (only a record cut by a chunk's end is joined); its
 * separators and line feeds are found 32 bytes at a time ({@link FieldIndex}), and no cell becomes a string
 * unless the consumer asks (`row.cell(col)`). The same `CsvRow` object is passed for every record: read it during the callback, do not keep it.
 *
 * Throws {@link UserInputError} when a quoted cell is never closed, and when the file is not text at all
 * (a workbook, an archive: see {@link notText}).
 * @example await readRows(stream, { delimiter: null }, (row) => console.log(row.row, row.texts()))
 */
export async function readRows(input: Readable | AsyncIterable<Buffer | string>, options: ReadRowsOptions, onRow: (row: CsvRow) => void): Promise<void> {
  let delimiter = options.delimiter;
  let sep = delimiter === null || delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
  let decode: DecodeBytes = decoderFor('utf-8');
  /** The separators and line feeds of the buffer being read. */
  const index = new FieldIndex();
  let row = new CsvRow(decode, true, index);
  let started = false;
  let line = 0; // lines consumed so far
  let bytes = 0;
  let nextProgress = 1 << 20;
  /** Bytes not yet read into records (the start of a record cut by the chunk's end). */
  let leftover: Buffer = EMPTY;
  const scratch = [Buffer.allocUnsafeSlow(1 << 12), Buffer.allocUnsafeSlow(1 << 12)];
  let scratchAt = 0;
  /**
   * Lines end with CR alone (Excel for Mac's "CSV (Macintosh)"): every CR is read as a line feed. Decided at the
   * first line end: a CR outside quotes with no LF anywhere in the bytes so far (null until one is seen).
   */
  let crOnly: boolean | null = null;
  /** The decoder of a UTF-16 file, null for any other (undefined until the first chunk: see utf16Decoder). */
  let utf16: TextDecoder | null | undefined;

  const start = (first: Buffer): number => {
    const binary = notText(first);
    if (binary) throw new UserInputError(binary, '--input');
    let skip = 0;
    // A UTF-16 file reaches here as UTF-8 (see utf16Decoder), whatever --encoding says of 8-bit files.
    let encoding = utf16 ? 'utf-8' : (options.encoding ?? null);
    if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
      skip = 3;
      encoding ??= 'utf-8';
    }
    encoding ??= guessEncoding(first);
    decode = decoderFor(encoding);
    options.onEncoding?.(encoding);
    row = new CsvRow(decode, encoding === 'utf-8', index);
    return skip;
  };

  /** Up to 20 non-blank whole records of `buf` from `pos` (the last one only when it ends the file), decoded. */
  const firstLines = (buf: Buffer, pos: number, end: number, final: boolean): string[] => {
    const lines: string[] = [];
    let start = pos;
    let quotes = 0;
    while (pos < end && lines.length < SNIFF_LINES) {
      let nl = buf.indexOf(LF, pos);
      if (nl < 0) {
        if (!final) break;
        nl = end;
      }
      for (let i = pos; i < nl; i++) if (buf[i] === QUOTE) quotes++;
      pos = nl + 1;
      // A line break inside a quoted cell does not end the record: the guess reads whole records, so a
      // separator inside that cell is never taken for one between cells.
      if ((quotes & 1) === 1 && nl < end) continue;
      const text = decode(buf, start, nl);
      if (text.trim() !== '') lines.push(text);
      start = pos;
      quotes = 0;
    }
    return lines;
  };

  /**
   * Reads the records of `buf` from `pos`; returns where the first incomplete record starts (buf.length when
   * none). `outside`: `buf` is not a chunk of the input but a record joined from two (see CsvRow.outsideChunk).
   */
  const records = (buf: Buffer, view: DataView, pos: number, final: boolean, outside: boolean): number => {
    const end = buf.length;
    let indexed = false;
    while (pos < end) {
      if (sep < 0 && delimiter === null) {
        // Detect the delimiter at the first non-blank line, from it and the lines after it (blank lines before it are blank records).
        let nl = buf.indexOf(LF, pos);
        if (nl < 0) {
          if (!final) return pos;
          nl = end;
        }
        const text = decode(buf, pos, nl);
        if (text.trim() !== '') {
          const lines = firstLines(buf, pos, end, final);
          // Too few lines in this chunk: wait for the next one, so the guess never depends on how the input is cut.
          if (lines.length < SNIFF_LINES && !final && end - pos < SNIFF_BYTES) return pos;
          delimiter = detectDelimiterFromLines(lines);
          sep = delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
          options.onDelimiter?.(delimiter);
        } else {
          row.begin(buf, view, ++line);
          row.end();
          onRow(row);
          pos = nl + 1;
          continue;
        }
      }
      let next: number;
      if (sep < 0) next = blankSeparated(buf, view, pos, end, final);
      else {
        if (!indexed) {
          index.reset(buf, end, sep);
          indexed = true;
        }
        row.begin(buf, view, line + 1);
        const lf = scanPlain(buf, pos, end, row, index);
        if (lf === QUOTED) next = quoted(buf, pos, end, final);
        else if (lf === end && !final) next = -1;
        else {
          line++;
          next = lf < end ? lf + 1 : end;
        }
      }
      if (next < 0) return pos;
      if (outside) row.outsideChunk = true;
      row.end();
      onRow(row);
      pos = next;
    }
    return end;
  };

  /** A record with quoted cells: its unquoted content (cells still separated by `sep`) goes to a scratch buffer. */
  const quoted = (buf: Buffer, pos: number, end: number, final: boolean): number => {
    let out = scratch[scratchAt];
    let o = 0;
    const put = (b: number): void => {
      if (o === out.length) {
        const bigger = Buffer.allocUnsafeSlow(out.length * 2);
        out.copy(bigger, 0, 0, o);
        out = bigger;
        scratch[scratchAt] = bigger;
      }
      out[o++] = b;
    };
    row.begin(out, VIEW_NONE, line + 1);
    let lines = 1;
    let i = pos;
    for (;;) {
      const cellStart = o;
      let lastUnquoted = -1; // where in `out` the last byte copied outside quotes went
      // `="00123"`: Excel's way to keep a cell text (leading zeros, long ids) is read as the quoted text.
      if (i + 1 < end && buf[i] === EQUALS && buf[i + 1] === QUOTE) i++;
      if (i < end && buf[i] === QUOTE) {
        i++;
        for (;;) {
          if (i >= end) {
            if (!final) return -1;
            throw new UserInputError(
              bilingual(
                `строка ${line + 1}: кавычка в ячейке не закрыта; исправьте кавычки или выгрузите файл в CSV заново`,
                `row ${line + 1}: a quoted cell is never closed; fix the quotes or re-export the file as CSV`,
              ),
              'input',
            );
          }
          const b = buf[i];
          if (b === QUOTE) {
            if (i + 1 >= end && !final) return -1;
            if (i + 1 < end && buf[i + 1] === QUOTE) {
              put(QUOTE);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (b === CR && i + 1 >= end && !final) return -1;
          if (b === CR && i + 1 < end && buf[i + 1] === LF) {
            i++;
            continue; // CRLF inside quotes → LF
          }
          if (b === LF) lines++;
          put(b);
          i++;
        }
      }
      // Unquoted text (the whole cell, or what follows a closing quote) up to the separator or line end.
      while (i < end) {
        const b = buf[i];
        if (b === sep || b === LF) break;
        lastUnquoted = o;
        put(b);
        i++;
      }
      if (i >= end && !final) return -1;
      if (i < end && buf[i] === sep) {
        row.push(cellStart, o);
        put(sep);
        i++;
        continue;
      }
      // Line end (or end of input): a CR copied just before LF is not content.
      row.push(cellStart, lastUnquoted >= 0 && lastUnquoted === o - 1 && out[o - 1] === CR ? o - 1 : o);
      break;
    }
    row.outsideChunk = true;
    row.buf = out; // the buffer may have grown
    row.view = new DataView(out.buffer, out.byteOffset, out.length);
    scratchAt ^= 1; // the next quoted record must not overwrite this one while it is the previous row
    row.lines = lines;
    line += lines;
    return i < end ? i + 1 : end;
  };

  /** One record of a whitespace-aligned file: cells are runs of non-blank bytes. */
  const blankSeparated = (buf: Buffer, view: DataView, pos: number, end: number, final: boolean): number => {
    let nl = buf.indexOf(LF, pos);
    if (nl < 0) {
      if (!final) return -1;
      nl = end;
    }
    row.begin(buf, view, line + 1);
    let i = pos;
    while (i < nl) {
      while (i < nl && isBlank(buf[i])) i++;
      if (i >= nl) break;
      const s = i;
      while (i < nl && !isBlank(buf[i])) i++;
      row.push(s, i);
    }
    line++;
    return nl < end ? nl + 1 : end;
  };

  /**
   * Reads a chunk's records in place, after the record its start finishes (the leftover joined with the chunk's
   * first line, in a small buffer of its own): no copy of the whole chunk (190 MB copied for 1M demo rows).
   * True when done; false when that record goes on past the chunk's first line break (a quoted cell spanning
   * lines): `leftover` and `rest` are then what is still to be joined and read.
   */
  const feedInPlace = (chunk: Buffer): { done: boolean; rest: Buffer } => {
    const nl = chunk.indexOf(LF);
    if (nl < 0) return { done: false, rest: chunk };
    const head = Buffer.allocUnsafe(leftover.length + nl + 1);
    leftover.copy(head, 0);
    chunk.copy(head, leftover.length, 0, nl + 1);
    const stop = records(head, new DataView(head.buffer, head.byteOffset, head.length), 0, false, true);
    if (stop < head.length) {
      leftover = head.subarray(stop);
      return { done: false, rest: chunk.subarray(nl + 1) };
    }
    leftover = EMPTY;
    const end = records(chunk, new DataView(chunk.buffer, chunk.byteOffset, chunk.length), nl + 1, false, false);
    if (end < chunk.length) leftover = chunk.subarray(end);
    return { done: true, rest: EMPTY };
  };

  const feed = (input: Buffer, final: boolean): void => {
    let chunk = input;
    if (started && crOnly === false && !final && leftover.length > 0) {
      const inPlace = feedInPlace(chunk);
      if (inPlace.done) return;
      chunk = inPlace.rest;
    }
    // Records are read from a buffer of our own (leftover + chunk).
    const buf = Buffer.allocUnsafeSlow(leftover.length + chunk.length);
    leftover.copy(buf, 0);
    chunk.copy(buf, leftover.length);
    leftover = EMPTY;
    let pos = 0;
    if (!started) {
      if (buf.length < 3 && !final) {
        leftover = buf;
        return;
      }
      started = true;
      pos = start(buf);
    }
    if (crOnly === null) {
      const cr = buf.indexOf(LF) >= 0 ? -2 : firstUnquotedCr(buf);
      if (cr === -2) crOnly = false;
      else if (cr >= 0 && (cr + 1 < buf.length || final)) crOnly = true;
      else if (final) crOnly = false;
    }
    if (crOnly) for (let i = 0; i < buf.length; i++) if (buf[i] === CR) buf[i] = LF;
    const stop = records(buf, new DataView(buf.buffer, buf.byteOffset, buf.length), pos, final, false);
    if (stop < buf.length) leftover = buf.subarray(stop);
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buf.length;
    if (utf16 === undefined) utf16 = utf16Decoder(buf);
    feed(utf16 ? Buffer.from(utf16.decode(buf, { stream: true }), 'utf8') : buf, false);
    if (options.onProgress && bytes >= nextProgress) {
      nextProgress = bytes + (1 << 20);
      options.onProgress({ bytes, records: line });
    }
  }
  const rest = utf16 ? utf16.decode() : ''; // a last code unit cut short becomes U+FFFD
  if (rest !== '') feed(Buffer.from(rest, 'utf8'), false);
  if (leftover.length > 0 || !started) feed(EMPTY, true);
  options.onProgress?.({ bytes, records: line });
}

/**
 * The decoder of UTF-16 text, told by its byte-order mark (Excel's "Save as Unicode Text" writes UTF-16LE with one,
 * tab-separated), or null for any other file. The reader reads UTF-16 as the UTF-8 it decodes to, chunk by chunk
 * (a code unit or surrogate pair cut by a chunk's end is completed by the next); the mark itself is dropped.
 * @example utf16Decoder(Uint8Array.of(0xff, 0xfe, 0x41, 0))?.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0)) // → "A"
 */
export function utf16Decoder(first: Uint8Array): TextDecoder | null {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return null;
}

/** A DataView placeholder until a quoted record's scratch buffer is final. */
const VIEW_NONE = new DataView(new ArrayBuffer(0));

/**
 * The cells of a record without quotes from `pos`, written into `row`'s ranges: returns the position of
 * the line feed that ends it (or `end` when the buffer ends first), or {@link QUOTED} when a cell starts
 * with `"`. A CR before the line feed is not part of the last cell. The hot loop of the reader: it steps from
 * separator to separator through `index` (see {@link FieldIndex}, which finds them 32 bytes at a time), and
 * reads one byte per cell, its first: for a quote, and for the row's blank candidates (a cell starting with
 * printable ASCII or a Cyrillic letter is not blank, and no later blank check reads its bytes).
 */
function scanPlain(b: Buffer, pos: number, end: number, row: CsvRow, index: FieldIndex): number {
  const blankStarts = row.blankStarts;
  for (;;) {
    const starts = row.starts;
    const ends = row.ends;
    const capacity = starts.length - 1;
    let n = 0;
    let cell = pos;
    /** The first byte of the cell being read, and the cells so far that may be blank (CsvRow.blankCandidates). */
    let first = pos < end ? b[pos] : LF;
    let blanks = 0;
    if (first === QUOTE || (first === EQUALS && pos + 1 < end && b[pos + 1] === QUOTE)) return QUOTED;
    let k = index.seek(pos);
    /** The record's first entry, while all its entries are in the window (CsvRow.entry). */
    let entry = k;
    let entries = index.entries;
    let lf = end;
    let full = false;
    for (;;) {
      if (k === index.count) {
        if (!index.more()) break;
        k = 0;
        entry = -1;
        entries = index.entries;
      }
      const e = entries[k++];
      if (e < 0) {
        lf = e & POSITION;
        break;
      }
      if (n === capacity) {
        full = true;
        break;
      }
      if ((e === cell || blankStarts[first] === 1) && n < 31) blanks |= 1 << n;
      starts[n] = cell;
      ends[n++] = e;
      cell = e + 1;
      if (cell < end) {
        first = b[cell];
        // Only a quote that starts a cell quotes it (or follows a leading `=`: Excel's `="00123"`).
        if (first === QUOTE || (first === EQUALS && cell + 1 < end && b[cell + 1] === QUOTE)) return QUOTED;
      }
    }
    if (full) {
      row.grow(); // more cells than room: scan again with twice the room
      continue;
    }
    index.done(k);
    const last = lf > cell && b[lf - 1] === CR ? lf - 1 : lf;
    if ((last === cell || blankStarts[first] === 1) && n < 31) blanks |= 1 << n;
    starts[n] = cell;
    ends[n++] = last;
    row.count = n;
    row.blankCandidates = blanks;
    row.entry = entry;
    row.window = index.windows;
    return lf;
  }
}

/** Position of the first CR not inside a quoted cell (an even number of quotes before it), or -1. */
function firstUnquotedCr(buf: Buffer): number {
  let quotes = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === QUOTE) quotes++;
    else if (b === CR && (quotes & 1) === 0) return i;
  }
  return -1;
}

function isBlank(b: number): boolean {
  return b === 32 || b === 9 || b === CR;
}

/** UTF-8 when the first 64 KB decode as UTF-8 (a sequence cut at the end is fine), else Windows-1251. */
function guessEncoding(first: Buffer): InputEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first.subarray(0, 65536), { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}
