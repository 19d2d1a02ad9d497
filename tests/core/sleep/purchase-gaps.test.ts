import { describe, expect, it } from 'vitest';
import { purchaseGaps } from '../../../core/sleep/purchase-gaps';
import { dayFromIso } from '../../../core/time/civil-day';
import { makeLedger } from '../../helpers/make-ledger';

describe('purchaseGaps', () => {
  const ledger = makeLedger([
    { customer: 'a', date: '2025-01-10', amount: 5 },
    { customer: 'a', date: '2025-01-10', amount: 7 }, // same day: no gap
    { customer: 'a', date: '2025-01-15', amount: -5 }, // refund: not a purchase
    { customer: 'a', date: '2025-01-24', amount: 9 },
    { customer: 'a', date: '2025-02-23', amount: 1 },
    { customer: 'a', date: '2025-03-01', amount: 1 }, // on D: ignored
  ]);
  it('days between consecutive distinct purchase days before D', () => {
    expect(purchaseGaps(ledger.customers[0], dayFromIso('2025-03-01')!)).toEqual([14, 30]);
  });
  describe('edge cases', () => {
    it('one purchase day: no gaps', () => {
      expect(purchaseGaps(ledger.customers[0], dayFromIso('2025-01-11')!)).toEqual([]);
    });
    it('D after every order: all gaps', () => {
      expect(purchaseGaps(ledger.customers[0], dayFromIso('2026-01-01')!)).toEqual([14, 30, 6]);
    });
  });
});
