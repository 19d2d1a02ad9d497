import { describe, expect, it } from 'vitest';
import { scoreTier, tierRange } from '../../../core/segments/score-tier';

describe('scoreTier / tierRange', () => {
  it('3 points: tier = score; 5 points: 1 | 2–3 | 4–5; 10 points: 1–3 | 4–7 | 8–10', () => {
    expect([1, 2, 3].map((s) => scoreTier(s, 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4, 5].map((s) => scoreTier(s, 5))).toEqual([1, 2, 2, 3, 3]);
    expect([tierRange(1, 10), tierRange(2, 10), tierRange(3, 10)]).toEqual([[1, 3], [4, 7], [8, 10]]);
  });
  it('every scale has a bottom and a top tier', () => {
    for (let k = 2; k <= 10; k++) {
      expect(scoreTier(1, k)).toBe(1);
      expect(scoreTier(k, k)).toBe(3);
    }
  });
  describe('edge cases', () => {
    it('2 points: no middle tier', () => {
      expect(tierRange(2, 2)).toBeNull();
      expect([scoreTier(1, 2), scoreTier(2, 2)]).toEqual([1, 3]);
    });
  });
});
