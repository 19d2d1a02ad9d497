import { describe, expect, it } from 'vitest';
import { SegmentAccumulator, withLazyIds } from '../../../core/kpi/segment-parts';

describe('SegmentAccumulator', () => {
  it('sums per segment in rank order; customers by index are named on first read', () => {
    let named = 0;
    const acc = new SegmentAccumulator('%', ['Loyal', 'Lost'], (i) => {
      named++;
      return `c${i}`;
    });
    acc.add('Lost', 3, 1, 1);
    acc.add('Loyal', 0, 0, 1);
    acc.add('Lost', 4, 0, 1);
    acc.add('Loyal', 'x', 1, 1);
    const parts = acc.parts();
    expect(named).toBe(0);
    expect(parts.map((p) => [p.segment, p.numerator, p.denominator, p.value])).toEqual([['Loyal', 1, 2, 50], ['Lost', 1, 2, 50]]);
    expect(parts[1].customerIds).toEqual(['c3', 'c4']);
    expect(parts[0].customerIds).toEqual(['x', 'c0']);
    expect(named).toBe(3);
    parts[1].customerIds;
    expect(named).toBe(3);
    expect(JSON.parse(JSON.stringify(parts[1]))).toEqual({ segment: 'Lost', value: 50, numerator: 1, denominator: 2, customerIds: ['c3', 'c4'] });
  });
  describe('edge cases', () => {
    it('no additions: no parts; more than 16 customers in one segment grow the buffer', () => {
      expect(new SegmentAccumulator('%').parts()).toEqual([]);
      const acc = new SegmentAccumulator('%', [], (i) => String(i));
      for (let i = 0; i < 40; i++) acc.add('S', i, 1, 1);
      expect(acc.parts()[0].customerIds).toHaveLength(40);
      expect(withLazyIds({}, () => ['a']).customerIds).toEqual(['a']);
    });
  });
});
