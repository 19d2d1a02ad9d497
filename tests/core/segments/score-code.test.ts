import { describe, expect, it } from 'vitest';
import { scoreCode } from '../../../core/segments/score-code';

describe('scoreCode', () => {
  it('R{r}F{f}M{m}', () => expect(scoreCode(3, 1, 2)).toBe('R3F1M2'));
  describe('edge cases', () => {
    it('two-digit scores on a 10-point scale', () => expect(scoreCode(10, 1, 10)).toBe('R10F1M10'));
  });
});
