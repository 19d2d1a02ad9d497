import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimiterFlag } from '../../../cli/io/detect-delimiter';

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
    });
  });
});
