import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../cli/format/format-money';

describe('formatMoney', () => {
  it('shows cents with two decimals and thousands separators per language', () => {
    expect(formatMoney(123456789, 'en')).toBe('1,234,567.89');
    expect(formatMoney(123456789, 'ru')).toBe('1\u202f234\u202f567,89');
  });

  it('groups like the thousands regex it replaced, for any amount', () => {
    const byRegex = (cents: number, lang: 'ru' | 'en'): string => {
      const abs = Math.abs(Math.round(cents));
      const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u202f' : ',');
      return `${cents < 0 ? '-' : ''}${whole}${lang === 'ru' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true })), fc.constantFrom<'ru' | 'en'>('ru', 'en'), (cents, lang) => {
        expect(formatMoney(cents, lang)).toBe(byRegex(cents, lang));
      }),
    );
  });

  describe('edge cases', () => {
    it('handles zero, small and negative amounts', () => {
      expect(formatMoney(0, 'en')).toBe('0.00');
      expect(formatMoney(-5, 'en')).toBe('-0.05');
      expect(formatMoney(-100000, 'en')).toBe('-1,000.00');
      expect(formatMoney(99999, 'en')).toBe('999.99');
      expect(formatMoney(100000000, 'ru')).toBe('1\u202f000\u202f000,00');
    });
  });
});
