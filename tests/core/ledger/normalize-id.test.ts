import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeId } from '../../../core/ledger/normalize-id';

describe('normalizeId', () => {
  it('17850.0 and 17850 are one id, from texts and spreadsheet numbers', () => {
    expect(normalizeId('17850.0')).toBe('17850');
    expect(normalizeId('17850')).toBe('17850');
    expect(normalizeId(17850)).toBe('17850');
    expect(normalizeId(' 17850.00 ')).toBe('17850');
  });
  describe('edge cases', () => {
    it('keeps leading zeros, letters and real fractions', () => {
      expect(normalizeId('00001')).toBe('00001');
      expect(normalizeId('C536379')).toBe('C536379');
      expect(normalizeId('12.5')).toBe('12.5');
      expect(normalizeId('v1.0')).toBe('v1.0');
    });
    it('empty cells give an empty id', () => {
      expect(normalizeId('')).toBe('');
      expect(normalizeId('   ')).toBe('');
      expect(normalizeId(null)).toBe('');
      expect(normalizeId(undefined)).toBe('');
      expect(normalizeId(Number.NaN)).toBe('');
    });
  });
  it('never throws; normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeId(normalizeId(s))).toBe(normalizeId(s));
      }),
    );
  });
});
