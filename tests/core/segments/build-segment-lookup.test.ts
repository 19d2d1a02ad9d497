import { describe, expect, it } from 'vitest';
import { buildSegmentLookup, codeIndex } from '../../../core/segments/build-segment-lookup';
import type { SegmentRule } from '../../../core/segments/types';

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

describe('buildSegmentLookup', () => {
  it('first match wins, inclusive ranges, −1 for the catch-all', () => {
    const rules = [rule('A', [2, 2], [1, 2], [2, 2]), rule('B', [2, 2], [2, 2], [1, 2])];
    // scale 2 codes in order R1F1M1, R1F1M2, R1F2M1, R1F2M2, R2F1M1, R2F1M2, R2F2M1, R2F2M2
    expect([...buildSegmentLookup(rules, 2)]).toEqual([-1, -1, -1, -1, -1, 0, 1, 0]);
  });
  describe('edge cases', () => {
    it('no rules: everything to the catch-all', () => {
      expect([...buildSegmentLookup([], 2)]).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
    });
    it('codeIndex enumerates codes R-major, then F, then M', () => {
      expect([codeIndex(1, 1, 1, 5), codeIndex(1, 1, 2, 5), codeIndex(1, 2, 1, 5), codeIndex(2, 1, 1, 5), codeIndex(5, 5, 5, 5)]).toEqual([0, 1, 5, 25, 124]);
    });
  });
});
