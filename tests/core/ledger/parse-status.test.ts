import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStatus } from '../../../core/ledger/parse-status';

describe('parseStatus', () => {
  it.each([
    ['paid', 'paid'],
    ['Оплачен', 'paid'],
    ['ОПЛАЧЕНО', 'paid'],
    ['completed', 'paid'],
    ['Не оплачен', 'unpaid'],
    ['не_оплачено', 'unpaid'],
    ['pending', 'unpaid'],
    ['Отменён', 'unpaid'],
    ['cancelled', 'unpaid'],
    ['Возврат', 'refund'],
    ['REFUNDED', 'refund'],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
  describe('edge cases', () => {
    it('an empty status is a sale; checkboxes read as paid/unpaid', () => {
      expect(parseStatus('')).toBe('paid');
      expect(parseStatus('  ')).toBe('paid');
      expect(parseStatus(null)).toBe('paid');
      expect(parseStatus(true)).toBe('paid');
      expect(parseStatus(false)).toBe('unpaid');
    });
    it('unknown words are not guessed', () => {
      expect(parseStatus('maybe')).toBeNull();
      expect(parseStatus('__proto__')).toBeNull();
      expect(parseStatus(7)).toBeNull();
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseStatus(s)));
  });
});
