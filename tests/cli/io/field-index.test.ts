import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldIndex, POSITION } from '../../../cli/io/field-index';
import { recordFingerprint, type CsvRow } from '../../../cli/io/csv-row';
import { readRows } from '../../../cli/io/read-rows';
import { compileWat } from '../../../cli/io/wasm/compile-wat';
import { FIELD_INDEX_WASM } from '../../../cli/io/wasm/field-index.wasm';

const WAT = fileURLToPath(new URL('../../../cli/io/wasm/field-index.wat', import.meta.url));

/** Every entry of `buf` from `pos`, as [position, isLineFeed], read the way the reader reads them. */
function allEntries(index: FieldIndex, buf: Uint8Array, sep: number, pos = 0): [number, boolean][] {
  index.reset(buf, buf.length, sep);
  const out: [number, boolean][] = [];
  let k = index.seek(pos);
  for (;;) {
    if (k === index.count) {
      if (!index.more()) break;
      k = 0;
    }
    const e = index.entries[k++];
    out.push([e & POSITION, e < 0]);
  }
  return out;
}

/** The same, worked out byte by byte. */
function expected(buf: Uint8Array, sep: number, pos = 0): [number, boolean][] {
  const out: [number, boolean][] = [];
  for (let i = pos; i < buf.length; i++) if (buf[i] === sep || buf[i] === 10) out.push([i, buf[i] === 10]);
  return out;
}

describe('FieldIndex', () => {
  it('the WebAssembly the CLI runs is field-index.wat compiled (run `npm run build:wasm` after editing it)', async () => {
    expect(Buffer.from(await compileWat(WAT)).toString('base64')).toBe(FIELD_INDEX_WASM);
  });

  it('by hand: separators and line feeds in order, line feeds flagged; quotes, CR and other bytes are not indexed', () => {
    // offsets:           0123 4 5678 9 10 11
    const buf = Buffer.from('a,"b\r\n,;x\n\n');
    for (const useWasm of [true, false]) {
      expect(allEntries(new FieldIndex(useWasm), buf, 44)).toEqual([
        [1, false],
        [5, true],
        [6, false],
        [9, true],
        [10, true],
      ]);
      expect(allEntries(new FieldIndex(useWasm), buf, 59)).toEqual([
        [5, true],
        [7, false],
        [9, true],
        [10, true],
      ]);
    }
  });

  it('property: SIMD and the plain loop find exactly the bytes a byte-by-byte scan finds, from any start', () => {
    const bytes = fc.uint8Array({ minLength: 0, maxLength: 300 }).chain((noise) =>
      fc.array(fc.constantFrom(44, 10, 59, 9, 13, 34, 0xd0, 0x80), { maxLength: 300 }).map((special) => {
        const buf = new Uint8Array(noise.length + special.length);
        let i = 0;
        let j = 0;
        for (let at = 0; at < buf.length; at++) buf[at] = (at + j) % 3 === 0 && j < special.length ? special[j++] : i < noise.length ? noise[i++] : special[j++];
        return buf;
      }),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom(44, 59, 9, 124), fc.nat(), (buf, sep, start) => {
        const pos = buf.length === 0 ? 0 : start % buf.length;
        const want = expected(buf, sep, pos);
        expect(allEntries(new FieldIndex(true), buf, sep, pos)).toEqual(want);
        expect(allEntries(new FieldIndex(false), buf, sep, pos)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('a buffer of several windows (1 MB each) is indexed window by window without losing an entry at their seams', () => {
    const buf = new Uint8Array(2.5 * (1 << 20) + 17);
    for (let i = 0; i < buf.length; i++) buf[i] = i % 7 === 0 ? 44 : i % 61 === 0 ? 10 : 65 + (i % 26);
    const want = expected(buf, 44);
    expect(allEntries(new FieldIndex(true), buf, 44)).toEqual(want);
    expect(allEntries(new FieldIndex(false), buf, 44)).toEqual(want);
  });

  it('fingerprint: the number recordFingerprint gives, from the window; -1 where WebAssembly is off', () => {
    // offsets:              0123456789 10
    const buf = Buffer.from('ab,,cdefg,\n');
    const starts = new Int32Array([0, 3, 4, 10]);
    const ends = new Int32Array([2, 3, 9, 10]);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const index = new FieldIndex(true);
    index.reset(buf, buf.length, 44);
    const k = index.seek(0);
    // Three cells count (the fourth is an empty trailing one): bytes 0..9, lengths 2, 0, 5.
    expect(index.fingerprint(k, 0, 9, 3)).toBe(recordFingerprint(buf, view, starts, ends, 3));
    expect(index.fingerprint(k, 0, 2, 1)).toBe(recordFingerprint(buf, view, starts, ends, 1));
    expect(index.fingerprint(k, 0, 9, 3)).not.toBe(index.fingerprint(k, 0, 2, 1));
    const plain = new FieldIndex(false);
    plain.reset(buf, buf.length, 44);
    expect(plain.fingerprint(plain.seek(0), 0, 9, 3)).toBe(-1);
  });
});

/** Reads `text` in chunks of `chunk` bytes: per record, CsvRow.fingerprint() and recordFingerprint's, and whether the index gave it. */
async function fingerprints(text: string, chunk: number): Promise<{ row: number; got: number; want: number; indexed: boolean }[]> {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: { row: number; got: number; want: number; indexed: boolean }[] = [];
  await readRows(Readable.from(chunks), { delimiter: ',' }, (row: CsvRow) =>
    out.push({
      row: row.row,
      got: row.fingerprint(),
      want: recordFingerprint(row.buf, row.view, row.starts, row.ends, row.length),
      indexed: row.entry >= 0,
    }),
  );
  return out;
}

describe('readRows over the field index', () => {
  it('records across a window seam, and a record wider than the cells room there, read as written (one 3 MB chunk)', async () => {
    const lines: string[] = [];
    let size = 0;
    let wide = false;
    while (size < 3 << 20) {
      // The wide record lands on the first window's seam: the reader re-reads it from its start with more room.
      const cells = !wide && size > (1 << 20) - 300 ? ((wide = true), Array.from({ length: 400 }, (_, c) => `w${c}`)) : [`${lines.length}`, 'Анна', `${size % 1000}.50`, ''];
      const line = cells.join(',');
      lines.push(line);
      size += Buffer.byteLength(line) + 2;
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const read: string[][] = [];
    await readRows(Readable.from([Buffer.from(text)]), { delimiter: ',' }, (row) => read.push(row.texts()));
    expect(wide).toBe(true);
    expect(read.map((cells) => cells.join(','))).toEqual(lines);
  });

  it("every record's fingerprint is recordFingerprint's, whether the field index gives it or not (quotes, seams, CRLF, blanks)", async () => {
    const lines: string[] = [];
    let size = 0;
    while (size < 3 << 20) {
      const i = lines.length;
      // Plain records, quoted ones (read outside the index), trailing empty and blank cells (space, NBSP).
      const line = i % 50 === 7 ? `${i},"Анна, ""А""",12.50,` : i % 30 === 3 ? `${i},Анна,\u00a0, ,,` : `${i},Анна Смирнова,${i % 1000}.50,оплачен,`;
      lines.push(line);
      size += Buffer.byteLength(line) + 2;
    }
    const records = await fingerprints(`${lines.join('\r\n')}\r\n`, 3 << 20);
    expect(records.length).toBe(lines.length);
    for (const r of records) if (r.got !== r.want) expect(r).toEqual({ ...r, got: r.want });
    // The index answers for all but the quoted records and the few across a window's seam.
    const quoted = lines.filter((l) => l.includes('"')).length;
    const fromIndex = records.filter((r) => r.indexed).length;
    expect(fromIndex).toBeLessThan(lines.length - quoted);
    expect(fromIndex).toBeGreaterThan(lines.length - quoted - 10);
  });

  it("property: any CSV, cut anywhere, gives each record recordFingerprint's number", async () => {
    const cell = fc.constantFrom('', 'a', 'Анна', ' ', '\u00a0', '12,50', '"q"', '"a,b"', 'x\r', 'abcdefgh', '="007"');
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 64 }), async (rows, eol, chunk) => {
        const text = rows.map((r) => r.join(',')).join(eol) + eol;
        for (const r of await fingerprints(text, chunk)) expect(r.got).toBe(r.want);
      }),
      { numRuns: 300 },
    );
  });

  it("property: sameMask, from the field index or not, is what same() says column by column", async () => {
    const cell = fc.constantFrom('', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'abcdefghijklmnopq', 'abcdefghijklmnopr', 'Анна', ' ', '"q"', 'x\r');
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 30 });
    /** Records the field index answered for (the rest: quoted, across a chunk's or window's end). */
    let fromIndex = 0;
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 64 }), async (rows, eol, chunk) => {
        // Each line twice in a row, then changed in one cell: equal and different cells alike.
        const lines = rows.flatMap((r) => [r.join(','), r.join(','), [...r.slice(0, -1), 'z'].join(',')]);
        const bytes = Buffer.from(lines.join(eol) + eol);
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        await readRows(Readable.from(chunks), { delimiter: ',' }, (row: CsvRow) => {
          let want = 0;
          for (let col = 0; col < 31; col++) if (row.same(col)) want |= 1 << col;
          expect(row.sameMask(0x7fffffff)).toBe(want);
          if (row.entry >= 0) fromIndex++;
        });
      }),
      { numRuns: 300 },
    );
    expect(fromIndex).toBeGreaterThan(1000);
  });

  it('sameMask by hand: cells of 0-17 bytes, equal, of another length, or differing in their last byte', async () => {
    const a = ['', 'x', 'abcdefgh', 'abcdefghijklmnopq', 'Анна', 'k'];
    const b = ['', 'y', 'abcdefgh', 'abcdefghijklmnopr', 'Анна', 'k', 'extra'];
    const masks: number[] = [];
    await readRows(Readable.from([Buffer.from(`${a.join(',')}\n${b.join(',')}\n${b.join(',')}\n`)]), { delimiter: ',' }, (row: CsvRow) => masks.push(row.sameMask(0b1111111)));
    // Row 2 against row 1: columns 0, 2, 4 and 5 equal; 1 and 3 differ in a byte; 6 is past row 1's cells.
    // Row 3 against row 2: all seven.
    expect(masks.slice(1)).toEqual([0b0110101, 0b1111111]);
  });
});
