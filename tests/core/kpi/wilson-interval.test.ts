import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../core/kpi/wilson-interval';

describe('wilsonInterval', () => {
  it('matches Newcombe (1998) Table I, method 3 (score, no continuity correction)', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of cases) {
      const [l, u] = wilsonInterval(x, n);
      expect(l).toBeCloseTo(lo, 4);
      expect(u).toBeCloseTo(hi, 4);
    }
  });
  describe('edge cases', () => {
    it('x = n gives upper bound 1; n = 0 gives [0, 1]', () => {
      expect(wilsonInterval(29, 29)[1]).toBe(1);
      expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    });
  });
});
