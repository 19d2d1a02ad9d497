import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrationMatrix } from '../../../core/kpi/migration-matrix';
import { kpiFixture } from '../../helpers/kpi-fixture';
import { makeLedger } from '../../helpers/make-ledger';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';
import { KPI_CONFIG } from '../../helpers/kpi-fixture';
import { dayFromIso, isoFromDay } from '../../../core/time/civil-day';

const d = (s: string) => dayFromIso(s)!;

describe('migrationMatrix', () => {
  const { ledger, snapshotAt } = kpiFixture();
  const mm = migrationMatrix(ledger, d('2025-07-01'), d('2025-10-01'), snapshotAt);

  it('cells by hand: a stays Cooling, b Lapsed→Cooling, c Active→Lapsed, d stays Lapsed, e new→Cooling, f Cooling→Lapsed', () => {
    expect(mm.rows).toEqual(['Active', 'Cooling', 'Lapsed', 'new']);
    expect(mm.cells.map((c) => [c.from, c.to, c.customerIds, c.revenueCents, c.movement])).toEqual([
      ['Active', 'Lapsed', ['c'], 0, 'down'],
      ['Cooling', 'Cooling', ['a'], 40000, 'stayed'],
      ['Cooling', 'Lapsed', ['f'], -3000, 'down'],
      ['Lapsed', 'Cooling', ['b'], 8000, 'up'],
      ['Lapsed', 'Lapsed', ['d'], 0, 'stayed'],
      ['new', 'Cooling', ['e'], 12000, 'new'],
    ]);
  });
  it('totals: 5 at start + 1 new = 6; shares of 6', () => {
    expect([mm.startCustomers, mm.newCustomers, mm.endCustomers]).toEqual([5, 1, 6]);
    expect(mm.counts).toEqual({ stayed: 2, up: 1, down: 2, new: 1 });
    expect(mm.shares.up).toBeCloseTo(100 / 6, 10);
    expect(mm.cells.reduce((s, c) => s + c.revenueCents, 0) + mm.unscoredRevenueCents).toBe(57000);
  });
  describe('edge cases', () => {
    it('empty ledger: no cells, shares not defined', () => {
      const l = makeLedger([]);
      const m = migrationMatrix(l, d('2025-07-01'), d('2025-10-01'), rfmSnapshots(l, KPI_CONFIG));
      expect(m.cells).toEqual([]);
      expect(m.shares.stayed).toBeNull();
    });
    it('a refund-only customer is unscored and its revenue is kept aside', () => {
      const l = makeLedger([{ customer: 'z', date: '2025-08-01', amount: -10 }, { customer: 'y', date: '2025-08-01', amount: 10 }]);
      const m = migrationMatrix(l, d('2025-07-01'), d('2025-10-01'), rfmSnapshots(l, KPI_CONFIG));
      expect(m.unscoredCustomerIds).toEqual(['z']);
      expect(m.unscoredRevenueCents).toBe(-1000);
      expect(m.newCustomers).toBe(1);
    });
  });
  it('property: start + new = end = Σ cell customers; cell revenue + unscored = net in the window', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      day: fc.integer({ min: 0, max: 500 }),
      amount: fc.integer({ min: -50, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 100, max: 400 }), fc.integer({ min: 1, max: 120 }), (rows, from, len) => {
        const base = d('2024-06-01');
        const l = makeLedger(rows.map((r) => ({ customer: r.customer, date: isoFromDay(base + r.day), amount: r.amount })));
        const m = migrationMatrix(l, base + from, base + from + len, rfmSnapshots(l, KPI_CONFIG));
        expect(m.startCustomers + m.newCustomers).toBe(m.endCustomers);
        expect(m.cells.reduce((s, c) => s + c.customers, 0)).toBe(m.endCustomers);
        const net = l.orders.filter((o) => o.day >= base + from && o.day < base + from + len).reduce((s, o) => s + o.netCents, 0);
        expect(m.cells.reduce((s, c) => s + c.revenueCents, 0) + m.unscoredRevenueCents).toBe(net);
      }),
      { numRuns: 60 },
    );
  });
});
