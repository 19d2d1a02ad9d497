import { describe, expect, it } from 'vitest';
import { leadDaysFor } from '../../../core/sleep/lead-days-for';

describe('leadDaysFor', () => {
  it('the global or manual boundary keeps the configured lead', () => {
    expect(leadDaysFor(84, 84, 14, false)).toBe(14);
    expect(leadDaysFor(30, 84, 14, false)).toBe(14);
  });
  it('a personal boundary shrinks the lead in proportion: ceil(14 × 14 / 86) = 3', () => {
    expect(leadDaysFor(14, 86, 14, true)).toBe(3);
    // 14 × 42 / 84 = 7 exactly: no rounding up past an integer.
    expect(leadDaysFor(42, 84, 14, true)).toBe(7);
  });
  describe('edge cases', () => {
    it('at least one day, never more than the configured lead', () => {
      expect(leadDaysFor(1, 365, 14, true)).toBe(1);
      expect(leadDaysFor(84, 84, 14, true)).toBe(14);
    });
    it('no global boundary or a zero lead: the configured lead', () => {
      expect(leadDaysFor(14, null, 14, true)).toBe(14);
      expect(leadDaysFor(14, 86, 0, true)).toBe(0);
    });
  });
});
