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
  it('keeps leading zeros', () => {
    expect(normalizePhone('00 44 20 7946 0018')).toBe('00442079460018');
    expect(normalizePhone('0000000')).toBe('0000000');
  });
  it('agrees with the plain definition: digits only, 8→7 for 11 digits, 7 added to 10 digits starting with 9 without +', () => {
    const reference = (s: string): string => {
      const digits = s.replace(/[^0-9]/g, '');
      if (digits.length < 7 || digits.length > 15) return '';
      if (digits.length === 11 && digits[0] === '8') return '7' + digits.slice(1);
      const plus = /^[^0-9]*\+/.test(s);
      if (digits.length === 10 && digits[0] === '9' && !plus) return '7' + digits;
      return digits;
    };
    const phoneLike = fc.array(fc.constantFrom('0', '1', '7', '8', '9', '5', ' ', '-', '(', ')', '+'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(phoneLike, (s) => {
        expect(normalizePhone(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
