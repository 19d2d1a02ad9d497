import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../../core/config/run-config';
import { CLASSIC_PRESET } from '../../../core/segments/classic-preset';
import { resolveSegmentRules } from '../../../core/segments/resolve-segment-rules';

describe('resolveSegmentRules', () => {
  it('config segments first, then the preset, then classic at 5 points and billz elsewhere', () => {
    expect(resolveSegmentRules(parseRunConfig({ segments: [{ name: 'A', r: [1, 5], f: [1, 5], m: [1, 5] }] })).source).toBe('config');
    expect(resolveSegmentRules(parseRunConfig({ preset: 'billz', scale: 5 })).source).toBe('billz');
    expect(resolveSegmentRules(parseRunConfig({})).rules).toEqual(CLASSIC_PRESET);
    expect(resolveSegmentRules(parseRunConfig({ scale: 4 })).source).toBe('billz');
  });
  it('the catch-all has Russian and English names', () => {
    expect(resolveSegmentRules(parseRunConfig({})).other).toEqual({ name: 'Others', names: { ru: 'Прочие', en: 'Others' } });
    expect(resolveSegmentRules(parseRunConfig({ otherSegment: 'Rest', otherSegmentNames: { ru: 'Остальные', en: 'Rest' } })).other.names.ru).toBe('Остальные');
  });
  describe('edge cases', () => {
    it('a custom catch-all name without translations is shown as is in both languages', () => {
      expect(resolveSegmentRules(parseRunConfig({ otherSegment: 'Прочее' })).other.names).toEqual({ ru: 'Прочее', en: 'Прочее' });
    });
    it('returns copies: editing them does not change the preset', () => {
      const r = resolveSegmentRules(parseRunConfig({}));
      r.rules[0].name = 'changed';
      expect(CLASSIC_PRESET[0].name).toBe('Champions');
    });
  });
});
