import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNumbers } from '../../../core/rfm/sort-numbers';

describe('sortNumbers', () => {
  it('sorts small integers (counting path) and wide or fractional values (typed sort path)', () => {
    expect([...sortNumbers([3, 1, 2, 1])]).toEqual([1, 1, 2, 3]);
    expect([...sortNumbers([5e9, -3, 7])]).toEqual([-3, 7, 5e9]);
    expect([...sortNumbers([0.5, -0.25, 0.5])]).toEqual([-0.25, 0.5, 0.5]);
  });
  it('equals a plain numeric sort for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)))), (xs) => {
        expect([...sortNumbers(xs)]).toEqual(xs.slice().sort((a, b) => a - b));
      }),
    );
  });
  describe('edge cases', () => {
    it('empty and single', () => {
      expect([...sortNumbers([])]).toEqual([]);
      expect([...sortNumbers([-4])]).toEqual([-4]);
    });
    it('does not modify its input', () => {
      const xs = [2, 1];
      sortNumbers(xs);
      expect(xs).toEqual([2, 1]);
    });
  });
});
