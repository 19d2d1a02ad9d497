import { describe, expect, it } from 'vitest';
import { reconciliationLines } from '../../../core/segments/reconciliation-lines';
import { dayFromIso } from '../../../core/time/civil-day';
import { makeLedger } from '../../helpers/make-ledger';

const ledger = makeLedger([
  { customer: 'a', date: '2024-12-31', amount: 10 }, // before the window
  { customer: 'a', date: '2025-01-01', amount: 20 }, // first window day: in no line
  { customer: 'a', date: '2025-01-31', amount: -5 }, // before the window? no: in it
  { customer: 'b', date: '2025-02-01', amount: 40 }, // on the as-of day: after
  { customer: 'b', date: '2025-02-02', amount: -3 }, // after, a refund: money but no purchase
]);
const ctx = { asOf: dayFromIso('2025-02-01')!, windowStart: dayFromIso('2025-01-01')!, unscored: [{ netCentsInWindow: -700 }] };

describe('reconciliationLines', () => {
  it('splits the ledger outside the scored window, by hand', () => {
    expect(reconciliationLines(ledger, ctx)).toEqual({
      notScored: { customers: 1, revenueCents: -700, orders: 0 },
      beforeWindow: { customers: 0, revenueCents: 1000, orders: 1 },
      afterAsOf: { customers: 0, revenueCents: 3700, orders: 1 },
    });
  });
  describe('edge cases', () => {
    it('all history: nothing before the window', () => {
      expect(reconciliationLines(ledger, { ...ctx, windowStart: null, unscored: [] }).beforeWindow).toEqual({ customers: 0, revenueCents: 0, orders: 0 });
    });
    it('empty ledger', () => {
      expect(reconciliationLines(makeLedger([]), { ...ctx, unscored: [] }).afterAsOf).toEqual({ customers: 0, revenueCents: 0, orders: 0 });
    });
  });
});
