import { describe, expect, it } from 'vitest';
import { isExcelRounded } from '../../../core/ledger/excel-rounded';

describe('isExcelRounded', () => {
  it.each(['1,23457E+11', '7.91612E+10', '1E+11', ' 9,99999E+14 ', '1.2e+5'])('%j is a number Excel rounded', (text) => {
    expect(isExcelRounded(text)).toBe(true);
  });
  it.each(['79161234567', '12E45', 'E+11', '1,2', '12.5E+3', '1.5E-03', 'A1E+5', '', 'user@mail.ru'])('%j is not', (text) => {
    expect(isExcelRounded(text)).toBe(false);
  });
  it('only text: a Sheets number cell is exact', () => {
    expect(isExcelRounded(123456789012)).toBe(false);
    expect(isExcelRounded(null)).toBe(false);
  });
});
