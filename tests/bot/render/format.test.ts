import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, formatMoney, formatNumber, formatPercent } from '../../../bot/render/format';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per language', () => {
  it('numbers, money, percentages and dates in Russian and English', () => {
    expect(nb(formatNumber(1234567, 'ru'))).toBe('1 234 567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(nb(formatMoney(123456, 'RUB', 'ru'))).toBe('1 234,56 ₽');
    expect(nb(formatMoney(1500000, 'RUB', 'ru'))).toBe('15 000 ₽');
    expect(formatMoney(1500000, 'USD', 'en')).toBe('US$15,000');
    expect(nb(formatMoney(250000, 'UZS', 'ru'))).toBe('2 500 UZS');
    expect(nb(formatPercent(12.345, 'ru'))).toBe('12,3 %');
    expect(formatPercent(12.345, 'en')).toBe('12.3%');
    expect(formatDay(20780, 'ru')).toBe('23.11.2026');
    expect(formatDay(20780, 'en')).toBe('23 Nov 2026');
    expect(formatInstant(new Date('2026-11-23T06:05:00Z'), 'Europe/Moscow', 'ru')).toBe('23.11.2026, 09:05');
  });
  describe('edge cases', () => {
    it('negative money (refunds) and zero', () => {
      expect(nb(formatMoney(-5050, 'RUB', 'ru'))).toBe('-50,50 ₽');
      expect(nb(formatMoney(0, 'EUR', 'en'))).toBe('€0');
    });
  });
});
