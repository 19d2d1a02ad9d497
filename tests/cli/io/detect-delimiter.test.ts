import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDelimiterFromLines, parseDelimiterFlag } from '../../../cli/io/detect-delimiter';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab headers', () => {
    expect(detectDelimiter('Дата,Клиент,Сумма')).toBe(',');
    expect(detectDelimiter('Дата;Клиент;Сумма')).toBe(';');
    expect(detectDelimiter('Дата\tКлиент\tСумма')).toBe('\t');
  });

  it('detects a whitespace-aligned header such as CDNOW_master.txt', () => {
    expect(detectDelimiter(' customer_id  date number_of_cds  dollar_value')).toBe('whitespace');
  });

  describe('edge cases', () => {
    it('ignores separators inside quotes', () => {
      expect(detectDelimiter('"Сумма, ₽";Клиент;Дата')).toBe(';');
    });
    it('a single column is comma-separated', () => {
      expect(detectDelimiter('Клиент')).toBe(',');
    });
    it('parses --delimiter names and rejects unknown ones', () => {
      expect(parseDelimiterFlag('tab')).toBe('\t');
      expect(parseDelimiterFlag('whitespace')).toBe('whitespace');
      expect(parseDelimiterFlag(undefined)).toBeNull();
      expect(parseDelimiterFlag('x')).toBeUndefined();
      expect(parseDelimiterFlag(' ')).toBe('whitespace');
    });
  });
});

describe('detectDelimiterFromLines', () => {
  it('a title above the header does not decide: most lines agree on the separator', () => {
    // The title has one comma and no semicolon; header and rows have two semicolons each.
    expect(detectDelimiterFromLines(['Отчёт о продажах, март 2025', 'Клиент;Дата;Сумма', '1001;12.03.2025;1 234,56', '1002;13.03.2025;100'])).toBe(';');
    // A title without separators above a comma file (the title would have made it whitespace-aligned).
    expect(detectDelimiterFromLines(['Sales report March 2025', 'customer,date,amount', 'a,2025-03-12,10'])).toBe(',');
  });

  it('amounts with decimal commas in a semicolon file: the count most lines share wins', () => {
    // Line by line: commas 0, 1, 2, 1; semicolons 2, 2, 2, 2.
    expect(detectDelimiterFromLines(['Клиент;Дата;Сумма', 'a;12.03.2025;1,5', 'b;13.03.2025;"2,5,0"', 'c;14.03.2025;3,5'])).toBe(';');
  });

  it('one line reads as detectDelimiter; no separator at all: as the first line reads', () => {
    expect(detectDelimiterFromLines(['Дата\tКлиент\tСумма'])).toBe('\t');
    expect(detectDelimiterFromLines([' customer_id  date number_of_cds  dollar_value', ' 00001 19970101  1   11.77'])).toBe('whitespace');
    expect(detectDelimiterFromLines([])).toBe(',');
    // A quoted cell across lines, cut by the end of the first chunk: no separator outside quotes, comma as before.
    expect(detectDelimiterFromLines(['"two', 'lines", !\r'])).toBe(',');
  });
});
