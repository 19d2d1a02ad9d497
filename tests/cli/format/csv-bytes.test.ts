import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvBytes } from '../../../cli/format/csv-bytes';
import { csvCell } from '../../../cli/format/csv-cell';

const text = (b: CsvBytes): string => Buffer.concat(b.toChunks()).toString('utf8');

describe('CsvBytes', () => {
  it('writes cells as csvCell escapes them: formula-safe, quoted when needed, CRLF rows', () => {
    const b = new CsvBytes();
    b.text('=1+2');
    b.comma();
    b.text('a,"b"');
    b.comma();
    b.text(null);
    b.comma();
    b.text('Сергей Соколов');
    b.newline();
    b.repeated('R5F5M5,Champions');
    b.comma();
    b.repeated('R5F5M5,Champions');
    b.newline();
    b.repeatedText('=SUM(A1)');
    b.comma();
    b.repeatedText('=SUM(A1)');
    b.comma();
    b.repeatedText(null);
    b.newline();
    expect(text(b)).toBe('\'=1+2,"a,""b""",,Сергей Соколов\r\nR5F5M5,Champions,R5F5M5,Champions\r\n\'=SUM(A1),\'=SUM(A1),\r\n');
  });

  it('writes numbers as String does: integers digit by digit, others through String', () => {
    const b = new CsvBytes();
    for (const n of [0, 7, 10, -230, 78050, 9007199254740991, -0, 1234.5, 0.1, 1e21, -12.5]) {
      b.number(n);
      b.comma();
    }
    expect(text(b)).toBe('0,7,10,-230,78050,9007199254740991,0,1234.5,0.1,1e+21,-12.5,');
  });

  it('any cells: the bytes of the text csvCell and String make', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true })), { maxLength: 30 }), (rows) => {
        const b = new CsvBytes();
        let expected = '';
        for (const [s, i, d] of rows) {
          b.text(s);
          b.comma();
          b.repeated(csvCell(s, true));
          b.comma();
          b.repeatedText(s);
          b.comma();
          b.number(i);
          b.comma();
          b.number(d);
          b.newline();
          expected += `${csvCell(s, true)},${csvCell(s, true)},${csvCell(s, true)},${String(i)},${String(d)}\r\n`;
        }
        expect(text(b)).toBe(expected);
      }),
    );
  });

  it('100,000 rows (8 MB) in chunks of at most 1 MB, each of whole characters', () => {
    const b = new CsvBytes();
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      b.integer(100_000 + i);
      b.comma();
      b.text(`Сергей Соколов ${i}`);
      b.comma();
      b.repeated('R2F5M5,At Risk,В зоне риска');
      b.newline();
      rows.push(`${100_000 + i},Сергей Соколов ${i},R2F5M5,At Risk,В зоне риска\r\n`);
    }
    const chunks = b.toChunks();
    expect(chunks.reduce((sum, c) => sum + c.length, 0)).toBe(Buffer.byteLength(rows.join('')));
    expect(chunks.length).toBe(8);
    expect(chunks.every((c) => c.length <= 1 << 20)).toBe(true);
    expect(chunks.map((c) => c.toString('utf8')).join('')).toBe(rows.join(''));
  });

  it('takeFilled hands over the full chunks as they fill, and toChunks then gives the rest', () => {
    const b = new CsvBytes();
    const taken: Buffer[] = [];
    let all = '';
    for (let i = 0; i < 200_000; i++) {
      b.text(`Клиент ${i}`);
      b.newline();
      all += `Клиент ${i}\r\n`;
      if (b.filled > 0) taken.push(...b.takeFilled());
      expect(b.filled).toBe(0);
    }
    expect(taken.length).toBeGreaterThan(1);
    expect(Buffer.concat([...taken, ...b.toChunks()]).toString('utf8')).toBe(all);
  });
});
