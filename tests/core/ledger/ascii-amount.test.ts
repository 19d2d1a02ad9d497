import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiAmountCents, NOT_SIMPLE, parseAmount } from '../../../core';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (s: string): number => {
  // Read from the middle of a bigger buffer, as the CSV reader does.
  const b = bytes(`xx,${s},yy`);
  return asciiAmountCents(b, 3, b.length - 3);
};

describe('asciiAmountCents', () => {
  it('reads the plain amounts of exports in cents', () => {
    expect(read('5000.00')).toBe(500000);
    expect(read('-3000.00')).toBe(-300000);
    expect(read('12.5')).toBe(1250);
    expect(read('7')).toBe(700);
    expect(read('0.99')).toBe(99);
  });
  describe('edge cases', () => {
    it('leaves everything else to parseAmount', () => {
      for (const s of ['', '-', '12.', '.5', '1 200', '1,5', '$12', '12.345', '(12.50)', '12-', '1e3', ' 12', '1234567890123']) {
        expect(read(s), s).toBe(NOT_SIMPLE);
      }
    });
    it('minus zero is zero, as parseAmount says', () => {
      expect(read('-0.00')).toBe(0);
      expect(Object.is(read('-0.00'), 0)).toBe(true);
    });
  });
  it('property: whatever it reads, parseAmount reads the same', () => {
    const numberish = fc.stringMatching(/^-?\d{0,14}(\.\d{0,3})?$/);
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string(), fc.constantFrom('00012.30', '-0', '0')), (s) => {
        const fast = read(s);
        if (fast !== NOT_SIMPLE) expect(fast).toBe(parseAmount(s));
      }),
      { numRuns: 3000 },
    );
  });
});
