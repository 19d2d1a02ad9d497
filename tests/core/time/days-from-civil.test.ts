import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysFromCivil } from '../../../core/time/days-from-civil';
import { dayFromYmd, isValidYmd } from '../../../core/time/civil-day';

describe('daysFromCivil', () => {
  it('hand-worked days', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1970, 1, 2)).toBe(1);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2025, 3, 12)).toBe(20159);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
  });
  describe('edge cases', () => {
    it('rejects impossible dates', () => {
      expect(daysFromCivil(2025, 2, 29)).toBeNaN();
      expect(daysFromCivil(1900, 2, 29)).toBeNaN();
      expect(daysFromCivil(2025, 4, 31)).toBeNaN();
      expect(daysFromCivil(2025, 13, 1)).toBeNaN();
      expect(daysFromCivil(2025, 0, 1)).toBeNaN();
      expect(daysFromCivil(999, 1, 1)).toBeNaN();
      expect(daysFromCivil(2024, 2, 29)).toBe(dayFromYmd(2024, 2, 29));
    });
  });
  it('agrees with Date.UTC-based dayFromYmd and isValidYmd', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const ours = daysFromCivil(y, m, d);
        if (isValidYmd(y, m, d)) expect(ours).toBe(dayFromYmd(y, m, d));
        else expect(ours).toBeNaN();
      }),
      { numRuns: 5000 },
    );
  });
});
