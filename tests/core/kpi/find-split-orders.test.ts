import { describe, expect, it } from 'vitest';
import { findSplitOrders } from '../../../core/kpi/find-split-orders';
import { makeLedger } from '../../helpers/make-ledger';
import { SPLIT_ROWS } from '../../helpers/kpi-fixture';
import { dayFromIso } from '../../../core/time/civil-day';

const ROWS = SPLIT_ROWS;

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
