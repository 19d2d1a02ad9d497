import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../cli/format/format-money';

describe('formatMoney', () => {
  it('shows cents with two decimals and thousands separators per language', () => {
    expect(formatMoney(123456789, 'en')).toBe('1,234,567.89');
    expect(formatMoney(123456789, 'ru')).toBe('1\u202f234\u202f567,89');
  });

  describe('edge cases', () => {
    it('handles zero, small and negative amounts', () => {
      expect(formatMoney(0, 'en')).toBe('0.00');
      expect(formatMoney(-5, 'en')).toBe('-0.05');
      expect(formatMoney(-100000, 'en')).toBe('-1,000.00');
    });
  });
});
