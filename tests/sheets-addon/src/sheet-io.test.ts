/**
 * sheet-io: formula-safe text and the layout of blocks (unit level; the end-to-end checks through the
 * bundle are in refresh.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { layoutBlocks, serialFromDay, sheetText, toCellValue } from '../../../sheets-addon/src/sheet-io';

describe('sheetText / toCellValue', () => {
  it('prefixes every non-empty string with an apostrophe', () => {
    expect(sheetText('=IMPORTXML("http://x","//a")')).toBe('\'=IMPORTXML("http://x","//a")');
    expect(toCellValue('+7 999 123-45-67')).toBe("'+7 999 123-45-67");
    expect(toCellValue('-x')).toBe("'-x");
    expect(toCellValue('@x')).toBe("'@x");
    expect(toCellValue('Анна')).toBe("'Анна");
  });

  it('writes numbers, booleans and dates as values and empties null and non-finite numbers', () => {
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue(true)).toBe(true);
    const d = new Date(0);
    expect(toCellValue(d)).toBe(d);
    expect(toCellValue(null)).toBe('');
    expect(toCellValue(Number.NaN)).toBe('');
    expect(toCellValue(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('dates go to Sheets as serial numbers: day 0 (1970-01-01) is serial 25569', () => {
    expect(serialFromDay(0)).toBe(25569);
    expect(serialFromDay(20159)).toBe(45728); // 2025-03-12
  });
});

describe('layoutBlocks', () => {
  it('stacks blocks with a blank row between, pads rows to the widest block and reports header rows', () => {
    const out = layoutBlocks([
      { title: 'T', header: ['a', 'b'], kinds: ['text', 'integer'], rows: [['x', 1]] },
      { header: ['c', 'd', 'e'], kinds: ['text', 'text', 'text'], rows: [] },
    ]);
    expect(out.width).toBe(3);
    expect(out.starts).toEqual([1, 4]);
    expect(out.values).toEqual([
      ['T', null, null],
      ['a', 'b', null],
      ['x', 1, null],
      [null, null, null],
      ['c', 'd', 'e'],
    ]);
  });

  it('edge cases: one empty block is one header row', () => {
    expect(layoutBlocks([{ header: ['only'], kinds: ['text'], rows: [] }]).values).toEqual([['only']]);
  });
});
