import { describe, expect, it } from 'vitest';
import { findSplitOrders } from '../../../core/kpi/find-split-orders';
import { mergeSplitOrders } from '../../../core/kpi/merge-split-orders';
import { buildScorecard } from '../../../core/kpi/scorecard';
import { attachMergedFacts } from '../../../core/kpi/attach-merged-facts';
import { buildReview } from '../../../core/kpi/review';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';
import { parsePeriod } from '../../../core/kpi/period';
import { makeLedger, type FixtureRow } from '../../helpers/make-ledger';
import { KPI_CONFIG } from '../../helpers/kpi-fixture';

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

describe('mergeSplitOrders and the scorecard with both facts', () => {
  const ledger = makeLedger(ROWS);
  const flags = findSplitOrders(ledger);
  const merged = mergeSplitOrders(ledger, flags);
  it('merges x5 + x6 into one order of 100, keeps net revenue, leaves the input alone', () => {
    const x = merged.customers.find((c) => c.id === 'x')!;
    expect(x.orders.map((o) => [o.id, o.netCents])).toEqual([['x1', 10000], ['x2', 10000], ['x3', 10000], ['x4', 10000], ['x5+x6', 10000]]);
    expect(merged.orders).toHaveLength(ledger.orders.length - 1);
    expect(merged.netCents).toBe(ledger.netCents);
    expect(ledger.customers.find((c) => c.id === 'x')!.orders).toHaveLength(6);
  });
  it('AOV of existing customers in Q3: recorded (40 + 60 + 100 + 100)/4 = 75.00, merged 300/3 = 100.00', () => {
    const period = parsePeriod('2025-Q3');
    const card = buildScorecard({ ledger, period, snapshotAt: rfmSnapshots(ledger, KPI_CONFIG), roles: ['sales'] });
    const mcard = buildScorecard({ ledger: merged, period, snapshotAt: rfmSnapshots(merged, KPI_CONFIG), roles: ['sales'] });
    const both = attachMergedFacts(card, mcard);
    const team = both.rows.find((r) => r.team && r.kpi === 'aov-existing')!;
    expect(team.fact.value).toBe(7500);
    expect(team.factMerged!.value).toBe(10000);
  });
  it('buildReview lists the split in the period', () => {
    const r = buildReview({ ledger, period: parsePeriod('2025-Q3'), snapshotAt: rfmSnapshots(ledger, KPI_CONFIG) });
    expect(r.splitOrders.map((f) => f.orderIds)).toEqual([['x5', 'x6']]);
    expect(r.leadMoves).toEqual([]);
    expect(r.concentration).toEqual([]);
  });
  describe('edge cases', () => {
    it('no flags: the same ledger back', () => {
      expect(mergeSplitOrders(ledger, [])).toBe(ledger);
    });
  });
});
