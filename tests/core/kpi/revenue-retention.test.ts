/**
 * Every KPI formula on the hand-worked fixture (tests/helpers/kpi-fixture.ts), period 2025-Q3, base 2025-Q2.
 *
 * Segments (R only: <30 days Active, 30..89 Cooling, ≥90 Lapsed):
 *   at 2025-07-01: a Cooling (52 d), b Lapsed (172 d), c Active (11 d), d Lapsed (212 d), e not scored, f Cooling (61 d)
 *   at 2025-10-01: a Cooling (57 d), b Cooling (73 d), c Lapsed (103 d), d Lapsed, e Cooling (47 d), f Lapsed (153 d)
 * Purchases Q2 / Q3: a 2 / 2, b 0 / 1, c 1 / 0, d 0 / 0, f 1 / 0 (its Q3 order is a refund).
 * Net revenue Q2 / Q3: a 200 / 400, b 0 / 80, c 300 / 0, d 0 / 0, e 0 / 120, f 100 / −30.
 * Managers at 2025-10-01: a, b Анна; c, d, e Борис; f none.
 */
import { describe, expect, it } from 'vitest';
import { kpiQ3Context, kpiQ3ContextOf } from '../../helpers/kpi-fixture';
import { revenueRetention } from '../../../core/kpi/revenue-retention';

const { ledger, ctx, all } = kpiQ3Context();

describe('revenueRetention', () => {
  it('cohort a (200), c (300), f (100): NRR (400 + 0 + 0)/600, GRR (200 + 0 + 0)/600', () => {
    const nrr = revenueRetention(ctx, all, 'nrr');
    const grr = revenueRetention(ctx, all, 'grr');
    expect(nrr).toMatchObject({ numerator: 40000, denominator: 60000, customerIds: ['a', 'c', 'f'] });
    expect(nrr.value).toBeCloseTo(66.667, 3);
    expect(grr).toMatchObject({ numerator: 20000, denominator: 60000 });
    expect(grr.value).toBeCloseTo(33.333, 3);
  });
  it('per segment at the start: Cooling a + f NRR 400/300, Active c 0/300', () => {
    const parts = revenueRetention(ctx, all, 'nrr').bySegment!;
    expect(parts.map((p) => [p.segment, p.numerator, p.denominator])).toEqual([['Active', 0, 30000], ['Cooling', 40000, 30000]]);
  });
});

describe('edge cases', () => {
  it('empty ledger: NRR and GRR not defined, with a reason', () => {
    const c = kpiQ3ContextOf();
    for (const k of [revenueRetention(c, [], 'nrr'), revenueRetention(c, [], 'grr')]) {
      expect(k.value).toBeNull();
      expect(k.undefinedReason?.ru.length).toBeGreaterThan(0);
    }
  });
  it('a refund-only customer in the base is not in the cohort', () => {
    const c = kpiQ3ContextOf([{ customer: 'x', date: '2025-01-01', amount: 10 }, { customer: 'x', date: '2025-05-01', amount: -5 }]);
    expect(revenueRetention(c, [0], 'nrr').denominator).toBe(0);
  });
});
