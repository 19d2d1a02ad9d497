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
    // CRM and payment-provider exports
    ['Успешно реализовано', 'paid'],
    ['Сделка успешна', 'paid'],
    ['Closed Won', 'paid'],
    ['Закрыто и не реализовано', 'unpaid'],
    ['Отказ', 'unpaid'],
    ['closed_lost', 'unpaid'],
    ['on-hold', 'unpaid'],
    ['waiting_for_capture', 'unpaid'],
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
      // A partial payment or refund says nothing about the amount in the row: the user decides, so it is rejected.
      expect(parseStatus('Частично оплачен')).toBeNull();
      expect(parseStatus('partially_refunded')).toBeNull();
      expect(parseStatus('В обработке')).toBeNull(); // WooCommerce "processing" is paid, a Russian CRM's often not
      expect(parseStatus('__proto__')).toBeNull();
      expect(parseStatus(7)).toBeNull();
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseStatus(s)));
  });
});
