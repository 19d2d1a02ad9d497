import { describe, expect, it } from 'vitest';
import { percentileNearestRank } from '../../../core/sleep/percentile-nearest-rank';

describe('percentileNearestRank', () => {
  it('rank = ceil(p/100 × n), by hand', () => {
    const xs = [5, 10, 20, 40];
    expect(percentileNearestRank(xs, 90)).toBe(40); // ceil(3.6) = 4
    expect(percentileNearestRank(xs, 75)).toBe(20); // 3
    expect(percentileNearestRank(xs, 50)).toBe(10); // 2
    expect(percentileNearestRank(xs, 100)).toBe(40);
  });
  it('exact ranks are not pushed up by floating-point noise', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileNearestRank(hundred, 7)).toBe(7); // 0.07 × 100 = 7.000000000000001 in floating point
    expect(percentileNearestRank(hundred, 55)).toBe(55); // 55.00000000000001
    expect(percentileNearestRank(hundred, 29)).toBe(29); // 28.999999999999996
  });
  describe('edge cases', () => {
    it('one value is every percentile', () => expect(percentileNearestRank([3], 1)).toBe(3));
    it('a tiny p takes the smallest value', () => expect(percentileNearestRank([1, 2, 3], 0.1)).toBe(1));
    it('empty → NaN', () => expect(percentileNearestRank([], 90)).toBeNaN());
  });
});
