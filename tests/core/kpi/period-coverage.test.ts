import { describe, expect, it } from 'vitest';
import { dayFromIso, parsePeriod, periodCoverage, type Order } from '../../../core';

const day = (iso: string): number => dayFromIso(iso) as number;
/** Just what periodCoverage reads: orders sorted by day. */
const ledger = (...isos: string[]) => ({ orders: isos.map((iso) => ({ day: day(iso) }) as Order) });

describe('periodCoverage', () => {
  it('Q1 2025 with data up to 12 March: 71 of 90 days (31 + 28 + 12), not complete', () => {
    expect(periodCoverage(ledger('2024-12-30', '2025-03-12'), parsePeriod('2025-Q1'))).toEqual({ lastDay: day('2025-03-12'), daysCovered: 71, days: 90, complete: false, running: false });
  });
  it('data through the last day of the period: complete', () => {
    expect(periodCoverage(ledger('2025-03-31'), parsePeriod('2025-03')).complete).toBe(true);
    expect(periodCoverage(ledger('2025-04-02'), parsePeriod('2025-03'))).toMatchObject({ daysCovered: 31, days: 31, complete: true });
  });
  describe('edge cases', () => {
    it('orders dated after today (typing mistakes) do not make a running period look complete', () => {
      const c = periodCoverage(ledger('2025-03-10', '2025-03-12', '2025-05-01'), parsePeriod('2025-Q1'), day('2025-03-12'));
      expect(c).toMatchObject({ lastDay: day('2025-03-12'), daysCovered: 71, complete: false, running: true });
      // Today on the period's last day: not over yet, even with orders that day.
      expect(periodCoverage(ledger('2025-03-31'), parsePeriod('2025-Q1'), day('2025-03-31'))).toMatchObject({ complete: true, running: true });
      expect(periodCoverage(ledger('2025-03-31'), parsePeriod('2025-Q1'), day('2025-04-01'))).toMatchObject({ complete: true, running: false });
    });
    it('data that ends before the period starts covers nothing; no orders at all neither', () => {
      expect(periodCoverage(ledger('2024-12-31'), parsePeriod('2025-Q1'))).toMatchObject({ daysCovered: 0, complete: false });
      expect(periodCoverage(ledger(), parsePeriod('2025-Q1'))).toEqual({ lastDay: null, daysCovered: 0, days: 90, complete: false, running: false });
    });
  });
});
