import { describe, expect, it } from 'vitest';
import { parseWeights } from '../../../core/kpi/parse-weights';

describe('parseWeights', () => {
  it('reads text with decimal commas and JSON objects', () => {
    expect(parseWeights('Champions=1.5, At Risk=1,2;new=0')).toEqual({ Champions: 1.5, 'At Risk': 1.2, new: 0 });
    expect(parseWeights({ Loyal: 2 })).toEqual({ Loyal: 2 });
  });
  describe('edge cases', () => {
    it('rejects negative or missing numbers and bare names, in both languages', () => {
      expect(() => parseWeights('Loyal=-1')).toThrow(/≥ 0/);
      expect(() => parseWeights('Loyal')).toThrow(/Segment=1.5/);
      expect(() => parseWeights({ Loyal: 'a lot' })).toThrow(/веса/);
    });
  });
});
