import { describe, expect, it } from 'vitest';
import { isHoldout } from '../../../core/kpi/is-holdout';

describe('isHoldout', () => {
  it('is deterministic and close to the share on many ids', () => {
    let held = 0;
    for (let i = 0; i < 20000; i++) if (isHoldout(`c${i}`, 'autumn-2025')) held++;
    expect(held / 20000).toBeGreaterThan(0.09);
    expect(held / 20000).toBeLessThan(0.11);
    expect(isHoldout('c1', 'autumn-2025')).toBe(isHoldout('c1', 'autumn-2025'));
  });
  it('different campaigns hold out different customers', () => {
    const a = [...Array(1000).keys()].filter((i) => isHoldout(`c${i}`, 'A', 0.5));
    const b = [...Array(1000).keys()].filter((i) => isHoldout(`c${i}`, 'B', 0.5));
    expect(a).not.toEqual(b);
  });
  describe('edge cases', () => {
    it('rejects a share outside (0, 1)', () => {
      expect(() => isHoldout('c1', 'x', 0)).toThrow(/between 0 and 1/);
      expect(() => isHoldout('c1', 'x', 10)).toThrow(/between 0 and 1/);
    });
  });
});
