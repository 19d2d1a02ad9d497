import { describe, expect, it } from 'vitest';
import { findSplitOrders } from '../../../core/kpi/find-split-orders';
import { makeLedger, type FixtureRow } from '../../helpers/make-ledger';
import { dayFromIso } from '../../../core/time/civil-day';

/**
 * x: usual orders of 100 (Jan–Apr), then 40 on 07-01 and 60 on 07-02 (24 h apart, sum 100 = usual) → flagged.
 * y: usual 100 (Jan–Mar), then 100 + 100 on 07-01/07-02 (sum 200, twice the usual) → not flagged.
 * z: two orders a day apart and nothing else (no "usual" to compare) → not flagged.
 */
const ROWS: FixtureRow[] = [
  ...['01-10', '02-10', '03-10', '04-10'].map((md, i) => ({ customer: 'x', date: `2025-${md}`, amount: 100, order: `x${i + 1}`, manager: 'Анна' })),
  { customer: 'x', date: '2025-07-01', amount: 40, order: 'x5', manager: 'Анна' },
  { customer: 'x', date: '2025-07-02', amount: 60, order: 'x6', manager: 'Анна' },
  ...['01-15', '02-15', '03-15'].map((md, i) => ({ customer: 'y', date: `2025-${md}`, amount: 100, order: `y${i + 1}`, manager: 'Борис' })),
  { customer: 'y', date: '2025-07-01', amount: 100, order: 'y4', manager: 'Борис' },
  { customer: 'y', date: '2025-07-02', amount: 100, order: 'y5', manager: 'Борис' },
  { customer: 'z', date: '2025-07-01', amount: 50, order: 'z1', manager: 'Борис' },
  { customer: 'z', date: '2025-07-02', amount: 50, order: 'z2', manager: 'Борис' },
];

describe('findSplitOrders', () => {
  const ledger = makeLedger(ROWS);
  it('flags x only: 40 + 60 = 100 within 48 h, usual (median of 4 others) 100', () => {
    expect(findSplitOrders(ledger)).toEqual([
      { customerId: 'x', manager: 'Анна', orderIds: ['x5', 'x6'], day: dayFromIso('2025-07-01'), spanHours: 24, sumCents: 10000, usualCents: 10000, rows: [6, 7] },
    ]);
  });
  describe('edge cases', () => {
    it('a 12-hour window does not join orders a day apart (no time in the source = whole days)', () => {
      expect(findSplitOrders(ledger, { hours: 12 })).toEqual([]);
    });
    it('tolerance: 40 + 60 vs usual 100 is flagged at 0 % only when equal', () => {
      expect(findSplitOrders(ledger, { tolerance: 0 })).toHaveLength(1);
    });
    it('window: groups starting outside [from, to) are not listed', () => {
      expect(findSplitOrders(ledger, { from: dayFromIso('2025-08-01')! })).toEqual([]);
    });
  });
});
