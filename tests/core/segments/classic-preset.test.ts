import { describe, expect, it } from 'vitest';
import { buildSegmentLookup, codeIndex } from '../../../core/segments/build-segment-lookup';
import { CLASSIC_PRESET } from '../../../core/segments/classic-preset';
import { validateSegmentRules } from '../../../core/segments/validate-segment-rules';

const segmentOf = (r: number, f: number, m: number) => CLASSIC_PRESET[buildSegmentLookup(CLASSIC_PRESET, 5)[codeIndex(r, f, m, 5)]]?.name;

describe('CLASSIC_PRESET', () => {
  it('has the 11 classic names with Russian and English labels', () => {
    expect(CLASSIC_PRESET.map((r) => r.name).sort()).toEqual(
      ['About to Sleep', 'At Risk', "Can't Lose Them", 'Champions', 'Hibernating', 'Lost', 'Loyal', 'Need Attention', 'New', 'Potential Loyalist', 'Promising'].sort(),
    );
    for (const r of CLASSIC_PRESET) expect(r.names?.ru && r.names?.en).toBeTruthy();
    expect(new Set(CLASSIC_PRESET.map((r) => r.names!.ru)).size).toBe(11);
  });
  it('covers all 125 codes: no catch-all hits, no unreachable rule', () => {
    const lookup = buildSegmentLookup(CLASSIC_PRESET, 5);
    expect([...lookup].filter((i) => i < 0)).toEqual([]);
    expect(new Set(lookup).size).toBe(11);
    expect(validateSegmentRules(CLASSIC_PRESET, 5)).toEqual([]);
  });
  it('sample codes, by hand from the table', () => {
    expect(segmentOf(5, 5, 5)).toBe('Champions');
    expect(segmentOf(1, 5, 4)).toBe("Can't Lose Them");
    expect(segmentOf(1, 3, 5)).toBe('At Risk');
    expect(segmentOf(2, 5, 5)).toBe('At Risk');
    expect(segmentOf(3, 5, 5)).toBe('Loyal');
    expect(segmentOf(5, 3, 4)).toBe('Loyal');
    expect(segmentOf(5, 1, 5)).toBe('New');
    expect(segmentOf(4, 2, 1)).toBe('Potential Loyalist');
    expect(segmentOf(4, 5, 2)).toBe('Potential Loyalist');
    expect(segmentOf(3, 1, 3)).toBe('Promising');
    expect(segmentOf(3, 2, 5)).toBe('Need Attention');
    expect(segmentOf(2, 1, 1)).toBe('About to Sleep');
    expect(segmentOf(2, 5, 2)).toBe('About to Sleep');
    expect(segmentOf(1, 1, 1)).toBe('Lost');
    expect(segmentOf(1, 2, 2)).toBe('Lost');
    expect(segmentOf(1, 1, 3)).toBe('Hibernating');
    expect(segmentOf(1, 5, 2)).toBe('Hibernating');
  });
});
