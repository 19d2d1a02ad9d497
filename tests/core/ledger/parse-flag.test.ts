import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFlag } from '../../../core/ledger/parse-flag';

describe('parseFlag', () => {
  it('yes-like values and promo codes are true', () => {
    for (const v of ['Да', 'yes', 'TRUE', '1', 'x', 'SPRING10', true, 1]) expect(parseFlag(v)).toBe(true);
  });
  describe('edge cases', () => {
    it('empty and no-like values are false', () => {
      for (const v of ['', ' ', 'нет', 'No', 'false', '0', '-', null, undefined, false, 0]) expect(parseFlag(v)).toBe(false);
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseFlag(s)));
  });
});
