import { describe, expect, it } from 'vitest';
import { describeBoundary, estimateBoundary } from '../../../core/sleep/estimate-boundary';

describe('estimateBoundary', () => {
  it('p-th percentile, nearest rank, with the number of gaps', () => {
    expect(estimateBoundary([30, 7, 90, 14], { percentile: 75, minGaps: 3 })).toEqual({ status: 'ok', days: 30, percentile: 75, gaps: 4 });
    expect(estimateBoundary([30, 7, 90, 14], { percentile: 90, minGaps: 4 })).toMatchObject({ days: 90 });
  });
  it('refuses with fewer gaps than the minimum, in both languages', () => {
    const e = estimateBoundary([10, 20], { percentile: 90, minGaps: 3 });
    expect(e.status).toBe('insufficient');
    if (e.status !== 'insufficient') return;
    expect(e).toMatchObject({ gaps: 2, minGaps: 3 });
    expect(e.message.ru).toContain('2 интервала между покупками, нужно не меньше 3');
    expect(e.message.en).toContain('2 gaps between purchases, at least 3 needed');
  });
  it('describes an estimate', () => {
    expect(describeBoundary({ status: 'ok', days: 84, percentile: 90, gaps: 121 })).toEqual({
      ru: '84 дн.: 90-й процентиль по 121 интервалу между покупками',
      en: '84 days: the 90th percentile of 121 gaps between purchases',
    });
  });
  describe('edge cases', () => {
    it('no gaps at all', () => {
      const e = estimateBoundary([], { percentile: 90, minGaps: 1 });
      expect(e.status).toBe('insufficient');
      if (e.status === 'insufficient') expect(e.message.ru).toContain('0 интервалов');
    });
    it('exactly minGaps gaps is enough', () => {
      expect(estimateBoundary([5], { percentile: 90, minGaps: 1 })).toEqual({ status: 'ok', days: 5, percentile: 90, gaps: 1 });
    });
  });
});
