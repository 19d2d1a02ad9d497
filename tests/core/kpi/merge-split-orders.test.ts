import { describe, expect, it } from 'vitest';
import { findSplitOrders } from '../../../core/kpi/find-split-orders';
import { mergeSplitOrders } from '../../../core/kpi/merge-split-orders';
import { buildScorecard } from '../../../core/kpi/scorecard';
import { attachMergedFacts } from '../../../core/kpi/attach-merged-facts';
import { buildReview } from '../../../core/kpi/review';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';
import { parsePeriod } from '../../../core/kpi/period';
import { makeLedger } from '../../helpers/make-ledger';
import { KPI_CONFIG, SPLIT_ROWS } from '../../helpers/kpi-fixture';

const ROWS = SPLIT_ROWS;

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
