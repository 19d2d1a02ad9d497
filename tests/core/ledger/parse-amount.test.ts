import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '../../../core/ledger/parse-amount';

describe('parseAmount', () => {
  it.each([
    ['1234.56', 123456],
    ['1 234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567,89', 123456789],
    ['1234.56 ₽', 123456],
    ['1234,56 руб.', 123456],
    ['$12', 1200],
    ['-$12.34', -1234],
    ['12 сум', 1200],
    ["150 000 so'm", 15000000],
    ['€ 9,99', 999],
    ['1\u00a0234,5', 123450],
    ['1\u2009234,56', 123456],
    ['1\u202f234', 123400],
    ['(12.50)', -1250],
    ['-12', -1200],
    ['−12', -1200],
    ['12-', -1200],
    ['+7', 700],
    ['12,5', 1250],
    ['0,125', 13],
    ['1,234', 123400],
    ['.5', 50],
    ['1.5E+03', 150000],
    ["1'234.50", 123450],
  ])('%j → %d cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  // Round sums written by hand with a word for thousands or millions: the word scales the number (it used to be
  // dropped, so "15 т.р." read as 15.00). A lone "т" is tenge, not thousands.
  it.each([
    ['15 т.р.', 1500000],
    ['15 тр', 1500000],
    ['12 тыс.', 1200000],
    ['12 тыс. сум', 1200000],
    ['12 тыс.руб.', 1200000],
    ['0,5 тыс', 50000],
    ['1.005 тыс', 100500],
    ['12k', 1200000],
    ['$12K', 1200000],
    ['12к', 1200000],
    ['(1,5 тыс.)', -150000],
    ['1,5 млн', 150000000],
    ['2 mln', 200000000],
    ['2 млрд', 200000000000],
    ['12 т', 1200],
    ['12 тг', 1200],
    ['12 сум', 1200],
    ['1 234,56 Kč', 123456], // a word that only starts like one (Czech koruna) scales nothing
    ['12 кг', 1200],
  ])('%j → %d cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });
  it('a scaled sum past 13 digits is no amount', () => {
    expect(parseAmount('9999999999 млн')).toBeNaN();
    expect(parseAmount('12 трлн')).toBeNaN();
  });

  it('reads numbers from spreadsheet cells and rounds half away from zero to cents', () => {
    expect(parseAmount(12)).toBe(1200);
    expect(parseAmount(1.005)).toBe(101);
    expect(parseAmount(-3.335)).toBe(-334);
    expect(parseAmount(59.97)).toBe(5997);
    expect(parseAmount('2.675')).toBe(268);
  });

  describe('edge cases', () => {
    it.each(['', '   ', 'abc', 'n/a', '--12', '12.34.56', '1,2,3', '1.234,56,7', '12:30', '1/2', '(12', '٣', '1234567890123456'])(
      '%j is not an amount',
      (text) => {
        expect(parseAmount(text)).toBeNaN();
      },
    );
    it('non-number cells are not amounts', () => {
      expect(parseAmount(null)).toBeNaN();
      expect(parseAmount(undefined)).toBeNaN();
      expect(parseAmount(true)).toBeNaN();
      expect(parseAmount(new Date(0))).toBeNaN();
      expect(parseAmount(Number.NaN)).toBeNaN();
      expect(parseAmount(Infinity)).toBeNaN();
    });
    it('zero is zero, not minus zero', () => {
      expect(Object.is(parseAmount('-0'), 0)).toBe(true);
      expect(parseAmount('0.00')).toBe(0);
    });
  });

  describe('properties', () => {
    it('never throws on any string', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
          const r = parseAmount(s);
          expect(Number.isNaN(r) || Number.isInteger(r)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
    const cents = fc.integer({ min: -999_999_999_99, max: 999_999_999_99 });
    const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const text = (c: number, decimal: string, sep: string) => {
      const abs = Math.abs(c);
      const body = group(String(Math.floor(abs / 100)), sep) + decimal + String(abs % 100).padStart(2, '0');
      return c < 0 ? `-${body}` : body;
    };
    it('round trip: cents written as 1234.56, 1 234,56, 1,234.56, 1.234,56 and with currency read back exactly', () => {
      fc.assert(
        fc.property(cents, (c) => {
          expect(parseAmount(text(c, '.', ''))).toBe(c);
          expect(parseAmount(text(c, ',', ' '))).toBe(c);
          expect(parseAmount(text(c, ',', '\u00a0'))).toBe(c);
          expect(parseAmount(text(c, '.', ','))).toBe(c);
          expect(parseAmount(text(c, ',', '.'))).toBe(c);
          expect(parseAmount(`${text(c, ',', ' ')} ₽`)).toBe(c);
          expect(parseAmount(c / 100)).toBe(c);
        }),
      );
    });
  });
});
