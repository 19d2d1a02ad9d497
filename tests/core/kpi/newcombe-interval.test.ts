import { describe, expect, it } from 'vitest';
import { newcombeInterval } from '../../../core/kpi/newcombe-interval';

describe('newcombeInterval', () => {
  it('matches Newcombe (1998) Table II, method 10 (hybrid score)', () => {
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lo, hi] of cases) {
      const r = newcombeInterval(x1, n1, x2, n2);
      expect(r.low).toBeCloseTo(lo, 4);
      expect(r.high).toBeCloseTo(hi, 4);
    }
  });
  describe('edge cases', () => {
    it('equal proportions: difference 0 inside the interval; all-or-nothing groups stay within [-1, 1]', () => {
      const r = newcombeInterval(10, 10, 10, 10);
      expect(r.difference).toBe(0);
      expect(r.low).toBeLessThan(0);
      expect(r.high).toBeGreaterThan(0);
      const s = newcombeInterval(20, 20, 0, 20);
      expect(s.high).toBeLessThanOrEqual(1);
      expect(s.low).toBeGreaterThan(0);
    });
  });
});
