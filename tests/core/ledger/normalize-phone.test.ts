import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone } from '../../../core/ledger/normalize-phone';

describe('normalizePhone', () => {
  it('Russian 8 / +7 / 7 / bare 10-digit forms are one number', () => {
    for (const s of ['8 (916) 123-45-67', '+7 916 123 45 67', '79161234567', '9161234567', '8-916-1234567']) {
      expect(normalizePhone(s)).toBe('79161234567');
    }
    expect(normalizePhone(79161234567)).toBe('79161234567');
  });
  it('other countries keep their code', () => {
    expect(normalizePhone('+998 90 123 45 67')).toBe('998901234567');
    expect(normalizePhone('+1 (212) 555-0100')).toBe('12125550100');
  });
  describe('edge cases', () => {
    it('too short or empty is not a phone', () => {
      expect(normalizePhone('')).toBe('');
      expect(normalizePhone('12-34')).toBe('');
      expect(normalizePhone('нет')).toBe('');
      expect(normalizePhone(null)).toBe('');
    });
    it('a 10-digit number written with + is not given a Russian code', () => {
      expect(normalizePhone('+9161234567')).toBe('9161234567');
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void normalizePhone(s)));
  });
});
