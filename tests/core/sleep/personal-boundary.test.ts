import { describe, expect, it } from 'vitest';
import { personalBoundary } from '../../../core/sleep/personal-boundary';

const opts = { factor: 2, minPurchaseDays: 3 };
describe('personalBoundary', () => {
  it('median own gap × factor, rounded up', () => {
    expect(personalBoundary([10, 14, 12], 84, opts)).toBe(24); // median 12
    expect(personalBoundary([10, 15], 84, opts)).toBe(25); // median 12.5 → 25
    expect(personalBoundary([10, 15], 84, { factor: 1.5, minPurchaseDays: 3 })).toBe(19); // 18.75 → 19
  });
  it('never later than the global boundary', () => {
    expect(personalBoundary([60, 70], 84, opts)).toBe(84);
  });
  describe('edge cases', () => {
    it('fewer purchase days than the minimum → null', () => {
      expect(personalBoundary([10], 84, opts)).toBeNull();
      expect(personalBoundary([], 84, { factor: 2, minPurchaseDays: 2 })).toBeNull();
    });
    it('long histories (typed sort path) give the same median', () => {
      const gaps = Array.from({ length: 41 }, (_, i) => 41 - i); // 41..1, median 21
      expect(personalBoundary(gaps, 84, opts)).toBe(42);
      expect(gaps[0]).toBe(41); // input untouched
    });
    it('an exact product is not rounded up', () => {
      expect(personalBoundary([7, 7], 84, { factor: 3, minPurchaseDays: 3 })).toBe(21);
    });
  });
});
