import { describe, expect, it } from 'vitest';
import { reconciliationLines } from '../../../core/segments/reconciliation-lines';
import { summarizeSegments } from '../../../core/segments/summarize-segments';
import { makeLedger } from '../../helpers/make-ledger';
import { dayFromIso } from '../../../core/time/civil-day';

const ledger = makeLedger([
  { customer: 'a', date: '2025-01-05', amount: 10 },
  { customer: 'b', date: '2025-01-06', amount: 20 },
  { customer: 'c', date: '2025-01-07', amount: 30 },
]);
const names = (g: string) => ({ ru: `ru:${g}`, en: g });
const lines = reconciliationLines(ledger, { asOf: dayFromIso('2025-02-01')!, windowStart: null, unscored: [] });
type In = { group: string; recencyDays: number; frequency: number; monetaryCents: number };
const byGroup = (x: In) => x.group;

describe('summarizeSegments', () => {
  it('per group: customers, shares, revenue, orders, average check, orders per customer, median recency', () => {
    const s = summarizeSegments(
      [
        { group: 'X', recencyDays: 27, frequency: 1, monetaryCents: 1000 },
        { group: 'X', recencyDays: 26, frequency: 2, monetaryCents: 2000 },
        { group: 'Y', recencyDays: 25, frequency: 1, monetaryCents: 3000 },
      ],
      byGroup,
      ['Y', 'X', 'Z'],
      names,
      lines,
      ledger,
    );
    expect(s.rows).toEqual([
      { group: 'Y', names: { ru: 'ru:Y', en: 'Y' }, customers: 1, customerShare: 1 / 3, revenueCents: 3000, revenueShare: 0.5, orders: 1, averageCheckCents: 3000, ordersPerCustomer: 1, medianRecencyDays: 25 },
      { group: 'X', names: { ru: 'ru:X', en: 'X' }, customers: 2, customerShare: 2 / 3, revenueCents: 3000, revenueShare: 0.5, orders: 3, averageCheckCents: 1000, ordersPerCustomer: 1.5, medianRecencyDays: 26.5 },
      { group: 'Z', names: { ru: 'ru:Z', en: 'Z' }, customers: 0, customerShare: 0, revenueCents: 0, revenueShare: 0, orders: 0, averageCheckCents: null, ordersPerCustomer: null, medianRecencyDays: null },
    ]);
    expect(s.total).toEqual({ customers: 3, revenueCents: 6000, orders: 4 });
    expect(s.reconciles).toBe(true);
  });
  describe('edge cases', () => {
    it('revenue share is null when the scored revenue is not positive; empty groups can be dropped', () => {
      const l = makeLedger([{ customer: 'a', date: '2025-01-01', amount: -1 }]);
      const s = summarizeSegments([{ group: 'X', recencyDays: 1, frequency: 0, monetaryCents: -100 }], byGroup, ['X', 'Others'], names, reconciliationLines(l, { asOf: dayFromIso('2025-02-01')!, windowStart: null, unscored: [] }), l, { dropEmpty: ['Others'] });
      expect(s.rows.map((r) => [r.group, r.revenueShare])).toEqual([['X', null]]);
      expect(s.reconciles).toBe(true);
    });
    it('a mismatch with the ledger is flagged, not hidden', () => {
      const s = summarizeSegments([], byGroup, [], names, lines, ledger);
      expect(s.total.revenueCents).toBe(0);
      expect(s.reconciles).toBe(false);
    });
  });
});
