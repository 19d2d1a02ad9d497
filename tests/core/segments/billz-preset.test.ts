import { describe, expect, it } from 'vitest';
import { billzPreset } from '../../../core/segments/billz-preset';
import { buildSegmentLookup, codeIndex } from '../../../core/segments/build-segment-lookup';
import { trackOf } from '../../../core/segments/track-of';
import { TRACK_NAMES } from '../../../core/segments/track-names';
import { validateSegmentRules } from '../../../core/segments/validate-segment-rules';

describe('billzPreset', () => {
  it('the 3-point table of seed 003 plus the customers it leaves out', () => {
    expect(billzPreset(3).map((r) => [r.name, r.r, r.f, r.m])).toEqual([
      ['Best active', [2, 3], [3, 3], [3, 3]],
      ['Falling asleep', [2, 2], [2, 3], [1, 3]],
      ['Churned', [1, 1], [1, 3], [1, 3]],
      ['Beginners', [2, 3], [1, 2], [1, 3]],
      ['Frequent, small check', [3, 3], [3, 3], [1, 2]],
    ]);
    expect(billzPreset(3)[2].names).toEqual({ ru: 'В оттоке', en: 'Churned' });
  });
  it('seed 003 codes land in their track', () => {
    const rules = billzPreset(3);
    const lookup = buildSegmentLookup(rules, 3);
    const seg = (r: number, f: number, m: number) => rules[lookup[codeIndex(r, f, m, 3)]].name;
    expect(seg(3, 3, 3)).toBe('Best active');
    expect(seg(2, 3, 3)).toBe('Best active');
    expect(seg(2, 3, 1)).toBe('Falling asleep');
    expect(seg(2, 2, 3)).toBe('Falling asleep');
    for (const f of [1, 2, 3]) for (const m of [1, 2, 3]) expect(seg(1, f, m)).toBe('Churned');
    expect(seg(3, 1, 3)).toBe('Beginners');
    expect(seg(3, 2, 1)).toBe('Beginners');
    expect(seg(2, 1, 2)).toBe('Beginners');
    expect(seg(3, 3, 2)).toBe('Frequent, small check');
  });
  it('on every scale 2..10 it covers every code, every rule is reachable, and it agrees with trackOf', () => {
    for (let k = 2; k <= 10; k++) {
      const rules = billzPreset(k);
      expect(validateSegmentRules(rules, k)).toEqual([]);
      const lookup = buildSegmentLookup(rules, k);
      for (let r = 1; r <= k; r++)
        for (let f = 1; f <= k; f++)
          for (let m = 1; m <= k; m++) {
            expect(rules[lookup[codeIndex(r, f, m, k)]].name).toBe(TRACK_NAMES[trackOf(r, f, m, k)].en);
          }
    }
  });
  describe('edge cases', () => {
    it('on 2 points there is no middle tier, so no "falling asleep" rule', () => {
      expect(billzPreset(2).map((r) => r.name)).toEqual(['Best active', 'Churned', 'Beginners', 'Frequent, small check']);
    });
  });
});
