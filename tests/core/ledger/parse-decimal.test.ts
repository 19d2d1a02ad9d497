import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimal } from '../../../core/ledger/parse-decimal';

describe('parseDecimal', () => {
  it('reads quantities and unit prices with full precision', () => {
    expect(parseDecimal('3')).toBe(3);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('0.125')).toBe(0.125);
    expect(parseDecimal('2 шт')).toBe(2);
    expect(parseDecimal('-6')).toBe(-6);
    expect(parseDecimal(2.55)).toBe(2.55);
  });
  describe('edge cases', () => {
    it('empty and non-number cells give NaN', () => {
      expect(parseDecimal('')).toBeNaN();
      expect(parseDecimal('много')).toBeNaN();
      expect(parseDecimal(null)).toBeNaN();
      expect(parseDecimal(false)).toBeNaN();
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDecimal(s)), { numRuns: 2000 });
  });
  it('round trip: a number written by String() reads back', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const t = x.toFixed(4);
        expect(parseDecimal(t)).toBeCloseTo(Number(t), 6);
      }),
    );
  });
});
