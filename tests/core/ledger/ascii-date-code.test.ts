import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDateCode, dayFromIso, NOT_SIMPLE, packDate, parseDateCode } from '../../../core';

const read = (s: string, monthFirst = false): number => {
  const b = new TextEncoder().encode(`x;${s};y`);
  return asciiDateCode(b, 2, b.length - 2, monthFirst);
};
const day = (iso: string): number => dayFromIso(iso) as number;

describe('asciiDateCode', () => {
  it('reads ISO dates, ISO date-times, YYYYMMDD and DD.MM.YYYY from bytes', () => {
    expect(read('2025-03-12')).toBe(packDate(day('2025-03-12'), -1));
    expect(read('2025-03-12 10:05')).toBe(packDate(day('2025-03-12'), 605));
    expect(read('2025-03-12T23:59:30')).toBe(packDate(day('2025-03-12'), 1439));
    expect(read('20250312')).toBe(packDate(day('2025-03-12'), -1));
    expect(read('12.03.2025')).toBe(packDate(day('2025-03-12'), -1));
    expect(read('03/12/2025', true)).toBe(packDate(day('2025-03-12'), -1));
  });
  describe('edge cases', () => {
    it('an impossible but well-formed date is NaN, as parseDateCode says', () => {
      expect(read('2025-02-30')).toBeNaN();
      expect(read('2025-03-12 24:00')).toBeNaN();
    });
    it('offsets, blanks, two-digit years and words go to parseDateCode', () => {
      for (const s of ['2025-03-12T10:00Z', ' 2025-03-12', '12.03.25', 'вчера', '', '2025-3-12', '45728']) expect(read(s), s).toBe(NOT_SIMPLE);
    });
  });
  it('property: whatever it reads, parseDateCode reads the same (any zone, either day order)', () => {
    const dateish = fc.stringMatching(/^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?$/);
    fc.assert(
      fc.property(fc.oneof(dateish, fc.stringMatching(/^\d{8}$/), fc.string()), fc.boolean(), fc.constantFrom('UTC', 'Asia/Tashkent'), (s, mdy, zone) => {
        const fast = read(s, mdy);
        if (fast !== NOT_SIMPLE) expect(fast).toBe(parseDateCode(s, mdy, zone));
      }),
      { numRuns: 3000 },
    );
  });
});
