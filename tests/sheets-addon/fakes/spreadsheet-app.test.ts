/**
 * The fake SpreadsheetApp behaves like the documented one where the add-on depends on it.
 */
import { describe, expect, it } from 'vitest';
import { createEnv } from './env';
import { FakeSpreadsheet, interpretInput } from './spreadsheet-app';

function sheet() {
  const env = createEnv();
  const ss = new FakeSpreadsheet(env);
  return { env, ss, sheet: ss.insertSheet('S') };
}

describe('FakeRange.setValues', () => {
  it('throws like Sheets when the rows or columns do not match the range', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 1).setValues([[undefined as unknown as string]])).toThrow(/undefined/);
    expect(() => s.getRange(1, 1, 1, 1).setValues([[Number.NaN]])).toThrow(/non-finite/);
  });

  it('throws outside the grid (new sheets are 1000 × 26) and for empty ranges', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1000, 26)).not.toThrow();
    expect(() => s.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => s.getRange(1, 27)).toThrow('outside the dimensions of the sheet');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('at least 1');
    s.insertRowsAfter(1000, 5);
    expect(() => s.getRange(1005, 1)).not.toThrow();
  });

  it('counts every call per sheet', () => {
    const { env, sheet: s } = sheet();
    env.log.clear();
    s.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
    s.getDataRange().getValues();
    expect(env.log.count('Range.setValues', 'S')).toBe(1);
    expect(env.log.count('Range.getValues', 'S')).toBe(1);
    expect(env.log.forSheet('S').map((e) => e.api)).toEqual(['Sheet.getRange', 'Range.setValues', 'Sheet.getDataRange', 'Range.getValues']);
  });
});

describe('input interpretation (what the add-on defends against)', () => {
  it('turns =, +, -, @ strings into formulas and number- or date-looking strings into values', () => {
    expect(interpretInput('=IMPORTXML("x","//a")', 'A1', Date)).toEqual({ value: '#FORMULA!', formula: '=IMPORTXML("x","//a")' });
    expect(interpretInput('+7 999 123-45-67', 'A1', Date).formula).toBe('=+7 999 123-45-67');
    expect(interpretInput('-x', 'A1', Date).formula).toBe('=-x');
    expect(interpretInput('@x', 'A1', Date).formula).toBe('=@x');
    expect(interpretInput('00123', 'A1', Date)).toEqual({ value: 123 });
    expect(interpretInput('-5', 'A1', Date)).toEqual({ value: -5 });
    expect(interpretInput('TRUE', 'A1', Date)).toEqual({ value: true });
    expect(interpretInput('2025-01-01', 'A1', Date).value).toBeInstanceOf(Date);
  });

  it('keeps the text after a leading apostrophe exactly, as Sheets does', () => {
    for (const text of ['=IMPORTXML("x","//a")', '+7 999 123-45-67', '-x', '@x', '00123', 'TRUE', '2025-01-01', "'quoted"]) {
      expect(interpretInput(`'${text}`, 'A1', Date)).toEqual({ value: text });
    }
  });

  it('a written and read-back table keeps apostrophe-protected text as text with no formulas', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([["'=1+1", "'+7 999", "'007"]]);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([['=1+1', '+7 999', '007']]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([['', '', '']]);
  });
});

describe('spreadsheet', () => {
  it('refuses a second sheet with the same name and reports locale and time zone', () => {
    const { ss } = sheet();
    expect(() => ss.insertSheet('S')).toThrow('A sheet with the name "S" already exists');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
  });

  it('getDataRange of an empty sheet is A1 with an empty string', () => {
    const { sheet: s } = sheet();
    expect(s.getDataRange().getValues()).toEqual([['']]);
  });
});
