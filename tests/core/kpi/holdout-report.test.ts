import { describe, expect, it } from 'vitest';
import { holdoutReport } from '../../../core/kpi/holdout-report';
import { parsePeriod } from '../../../core/kpi/period';
import { kpiFixture, KPI_CONFIG } from '../../helpers/kpi-fixture';
import { makeLedger } from '../../helpers/make-ledger';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';

describe('holdoutReport', () => {
  it('splits the audience scored at the start per segment, total row last, counts add up', () => {
    const { ledger, snapshotAt } = kpiFixture();
    const rows = holdoutReport(ledger, parsePeriod('2025-Q3'), snapshotAt, 'autumn', { share: 0.5 });
    const total = rows[rows.length - 1];
    expect(total.segment).toBeNull();
    expect(total.contacted.customers + total.holdout.customers).toBe(5);
    const segs = rows.slice(0, -1);
    expect(segs.map((r) => r.segment)).toEqual(['Active', 'Cooling', 'Lapsed']);
    expect(segs.reduce((s, r) => s + r.holdout.customers, 0)).toBe(total.holdout.customers);
    // Buyers in Q3 among a, b, c, d, f: a and b.
    expect(total.contacted.buyers + total.holdout.buyers).toBe(2);
    expect(total.result.verdict).toBe('too-small');
    for (const id of total.holdoutIds) expect(segs.some((r) => r.holdoutIds.includes(id))).toBe(true);
  });
  describe('edge cases', () => {
    it('empty ledger: one total row, nothing to compare', () => {
      const l = makeLedger([]);
      const rows = holdoutReport(l, parsePeriod('2025-Q3'), rfmSnapshots(l, KPI_CONFIG), 'autumn');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ segment: null, contacted: { customers: 0 }, holdout: { customers: 0 } });
      expect(rows[0].result.verdict).toBe('too-small');
    });
  });
});
