import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellCodes, hashBytes } from '../../../core';

const utf8 = new TextEncoder();
const decode = (b: Uint8Array, s: number, e: number): string => new TextDecoder().decode(b.subarray(s, e));
/** Every code's value, in code order. */
const values = (c: CellCodes): unknown[] => Array.from({ length: c.size }, (_, code) => c.cell(code));

describe('CellCodes', () => {
  it('numbers distinct values in order of first sight; equal values share a code', () => {
    const c = new CellCodes();
    expect(['A-1', 'B-7', 'A-1', '', null, undefined, 'Анна'].map((v) => c.ofCell(v))).toEqual([0, 1, 0, 2, 2, 2, 3]);
    expect(values(c)).toEqual(['A-1', 'B-7', '', 'Анна']);
    expect(c.size).toBe(4);
  });

  it('keeps cells of different types apart (a parser may read 17850 and "17850" differently); dates by time', () => {
    const c = new CellCodes();
    expect(c.ofCell(17850)).toBe(0);
    expect(c.ofCell('17850')).toBe(1);
    expect(c.ofCell(true)).toBe(2);
    expect(c.ofCell(new Date(Date.UTC(2025, 2, 12)))).toBe(3);
    expect(c.ofCell(new Date(Date.UTC(2025, 2, 12)))).toBe(3);
    expect(c.ofCell(new Date(Date.UTC(2025, 2, 13)))).toBe(4);
  });

  it('finds bytes seen before without decoding them; new bytes are decoded once and numbered as their text', () => {
    const c = new CellCodes();
    const bytes = utf8.encode('Анна,Иван,Анна,,Анна');
    let decoded = 0;
    const counting = (b: Uint8Array, s: number, e: number): string => {
      decoded++;
      return decode(b, s, e);
    };
    // Cells: Анна 0-8, Иван 9-17, Анна 18-26, '' 27-27, Анна 28-36.
    const codes = [
      [0, 8],
      [9, 17],
      [18, 26],
      [27, 27],
      [28, 36],
    ].map(([s, e]) => c.ofBytes(bytes, s, e, counting));
    expect(codes).toEqual([0, 1, 0, 2, 0]);
    expect(values(c)).toEqual(['Анна', 'Иван', '']);
    expect(decoded).toBe(2); // the empty cell needs no decoding
    expect(c.ofCell('')).toBe(2); // the empty cell is the same for both ways in
  });

  it('tells apart cells that differ only in their last byte, at the lengths kept in the slot (≤ 16) and beyond', () => {
    const c = new CellCodes();
    // Lengths 3, 15, 16 (the longest kept in the index slot), 17 (kept in the arena); each twice, with a
    // different last byte, then all again (a different buffer position: equal bytes, not equal offsets).
    const texts = ['abc', 'abd', 'a'.repeat(14) + 'x', 'a'.repeat(14) + 'y', '+7 900 012-34-57', '+7 900 012-34-58', 'a'.repeat(16) + 'x', 'a'.repeat(16) + 'y'];
    const line = utf8.encode([...texts, ...texts].join(','));
    const codes: number[] = [];
    let at = 0;
    for (const t of [...texts, ...texts]) {
      codes.push(c.ofBytes(line, at, at + t.length, decode));
      at += t.length + 1;
    }
    expect(codes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(values(c)).toEqual(texts);
  });

  it('keeps apart cells whose bytes hash alike (the slot compares the bytes, the arena too for longer cells)', () => {
    // Two texts of one length with the same hash, found by a birthday search (about 80,000 random texts).
    const collision = (length: number): [string, string] => {
      const seen = new Map<number, string>();
      let x = 12345;
      for (;;) {
        let text = '';
        for (let k = 0; k < length; k++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          text += String.fromCharCode(97 + (x >>> 16) % 26);
        }
        const bytes = utf8.encode(text);
        const h = hashBytes(bytes, 0, bytes.length);
        const other = seen.get(h);
        if (other !== undefined) return [other, text];
        seen.set(h, text);
      }
    };
    for (const length of [16, 24]) {
      const [a, b] = collision(length);
      const line = utf8.encode(`${a},${b},${a},${b}`);
      const c = new CellCodes();
      const step = length + 1;
      expect([0, 1, 2, 3].map((k) => c.ofBytes(line, k * step, k * step + length, decode))).toEqual([0, 1, 0, 1]);
      expect(values(c)).toEqual([a, b]);
    }
  });

  it('a column of distinct cells stops indexing at 65,536 of them; one that repeats keeps indexing', () => {
    const bytes = utf8.encode(Array.from({ length: 70_000 }, (_, i) => `u${i}@x.ru`).join(','));
    const cells: [number, number][] = [];
    for (let s = 0; s < bytes.length; ) {
      let e = bytes.indexOf(44, s);
      if (e < 0) e = bytes.length;
      cells.push([s, e]);
      s = e + 1;
    }
    const distinct = new CellCodes();
    for (const [s, e] of cells) distinct.ofBytes(bytes, s, e, decode);
    // Indexing stopped at 65,536: from then on every cell is numbered anew, even one seen before.
    expect(distinct.size).toBe(70_000);
    expect(distinct.ofBytes(bytes, cells[10][0], cells[10][1], decode)).toBe(70_000);
    expect(distinct.ofBytes(bytes, cells[69_000][0], cells[69_000][1], decode)).toBe(70_001);
    expect(distinct.cell(70_001)).toBe('u69000@x.ru');
    // The same cells, each seen twice in a row: half the lookups hit, so the index stays.
    const repeated = new CellCodes();
    for (const [s, e] of cells) {
      repeated.ofBytes(bytes, s, e, decode);
      repeated.ofBytes(bytes, s, e, decode);
    }
    expect(repeated.size).toBe(70_000);
    expect(repeated.ofBytes(bytes, cells[69_000][0], cells[69_000][1], decode)).toBe(69_000);
  });

  it('addNew numbers without a lookup; forget drops a value and keeps its code', () => {
    const c = new CellCodes();
    expect(c.addNew('x')).toBe(0);
    expect(c.addNew('y')).toBe(1);
    const bytes = utf8.encode('abc');
    expect(c.ofBytes(bytes, 0, 3, decode)).toBe(2);
    c.forget(2);
    expect(c.cell(2)).toBeUndefined();
    expect(c.ofBytes(bytes, 0, 3, decode)).toBe(2);
    expect(c.ofCell('k')).toBe(3);
    c.forget(3);
    expect(c.ofCell('k')).toBe(3);
  });

  it('forgetting every value in code order keeps the codes and sizes, and later values readable', () => {
    const c = new CellCodes();
    for (let i = 0; i < 5000; i++) {
      expect(c.addNew(`v${i}`)).toBe(i);
      if (i < 4000) {
        c.forget(i);
        c.forget(i); // a second forget changes nothing
      }
    }
    expect(c.size).toBe(5000);
    expect(c.cell(0)).toBeUndefined();
    expect(c.cell(3999)).toBeUndefined();
    expect(c.cell(4000)).toBe('v4000');
    expect(c.cell(4999)).toBe('v4999');
    expect(c.addNew('w')).toBe(5000);
    expect(c.cell(5000)).toBe('w');
    // Forgotten out of order: the values left are still there.
    c.forget(4999);
    expect(c.cell(4998)).toBe('v4998');
    expect(c.ofCell('v4000')).toBe(5001); // addNew does not index: ofCell numbers it anew, as before
  });

  it('property: for any texts (enough to grow the index many times), bytes get the codes values get', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a', 'b', 'Анна', '')), { maxLength: 3000 }), (texts) => {
        const byValue = new CellCodes();
        const byBytes = new CellCodes();
        for (const t of texts) {
          const b = utf8.encode(`x${t}y`);
          const text = decode(b, 1, b.length - 1); // a lone surrogate reads back as U+FFFD, as from a file
          expect(byBytes.ofBytes(b, 1, b.length - 1, decode)).toBe(byValue.ofCell(text));
        }
        expect(values(byBytes)).toEqual(values(byValue));
      }),
      { numRuns: 60 },
    );
  });
  it('equal bytes, equal code, wherever the cell lies: mid-buffer (words read past its end and masked), at the very end of a buffer (read byte by byte), in buffers of their own', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'я', ' ', '1', '@'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.nat(7), (texts, pad) => {
        const c = new CellCodes();
        const first = new Map<string, number>();
        for (const [k, t] of [...texts, ...texts.slice().reverse()].entries()) {
          const bytes = utf8.encode(t);
          // Three places: after `pad` bytes inside a longer buffer, at the end of one, and alone in one.
          const inside = new Uint8Array(pad + bytes.length + 8).fill(120);
          inside.set(bytes, pad);
          const atEnd = new Uint8Array(pad + bytes.length).fill(121);
          atEnd.set(bytes, pad);
          const where: [Uint8Array, number][] = [[inside, pad], [atEnd, pad], [bytes, 0]];
          const [buf, start] = where[k % 3];
          const code = c.ofBytes(buf, start, start + bytes.length, decode);
          if (!first.has(t)) first.set(t, code);
          expect(code, JSON.stringify(t)).toBe(first.get(t));
        }
        // Distinct texts, distinct codes.
        expect(new Set(first.values()).size).toBe(first.size);
      }),
      { numRuns: 300 },
    );
  });
});
