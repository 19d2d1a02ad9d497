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
import { kpiFixture } from '../../helpers/kpi-fixture';
import { basePeriod, parsePeriod } from '../../../core/kpi/period';
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { reactivationRate } from '../../../core/kpi/reactivation-rate';
import { frequencyGrowth } from '../../../core/kpi/frequency-growth';
import { monetaryUplift } from '../../../core/kpi/monetary-uplift';
import { movedShare } from '../../../core/kpi/moved-share';
import { churnRate } from '../../../core/kpi/churn-rate';
import { revenueRetention } from '../../../core/kpi/revenue-retention';
import { averageOrderValue } from '../../../core/kpi/average-order-value';
import { weightedRevenue } from '../../../core/kpi/weighted-revenue';
import { crossSell } from '../../../core/kpi/cross-sell';
import { upsell } from '../../../core/kpi/upsell';
import { makeLedger } from '../../helpers/make-ledger';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';
import { KPI_CONFIG } from '../../helpers/kpi-fixture';

const { ledger, snapshotAt } = kpiFixture();
const period = parsePeriod('2025-Q3');
const ctx = buildKpiContext(ledger, period, basePeriod(period), snapshotAt, { weights: { Active: 2, Cooling: 1.5, new: 1 } });
const all = [0, 1, 2, 3, 4, 5];
const anna = [0, 1];
const boris = [2, 3, 4];

describe('context', () => {
  it('segments at start and end come from runRfm as of those days', () => {
    expect(ctx.segStart).toEqual(['Cooling', 'Lapsed', 'Active', 'Lapsed', null, 'Cooling']);
    expect(ctx.segEnd).toEqual(['Cooling', 'Cooling', 'Lapsed', 'Lapsed', 'Cooling', 'Lapsed']);
    expect(ctx.manager).toEqual(['Анна', 'Анна', 'Борис', 'Борис', 'Борис', null]);
  });
});

describe('reactivationRate', () => {
  it('lapsed b and d; b bought 07-20 → 1/2 = 50%', () => {
    const k = reactivationRate(ctx, all);
    expect(k).toMatchObject({ value: 50, numerator: 1, denominator: 2, unit: '%', customerIds: ['b', 'd'], numeratorIds: ['b'] });
    expect(k.bySegment).toEqual([{ segment: 'Lapsed', value: 50, numerator: 1, denominator: 2, customerIds: ['b', 'd'] }]);
  });
  it('per manager: Анна 1/1 = 100%, Борис 0/1 = 0%', () => {
    expect(reactivationRate(ctx, anna).value).toBe(100);
    expect(reactivationRate(ctx, boris).value).toBe(0);
  });
});

describe('frequencyGrowth', () => {
  it('cohort a,b,c,d,f: Q2 4 purchases, Q3 3 → (3 − 4) / 4 = −25%', () => {
    expect(frequencyGrowth(ctx, all)).toMatchObject({ value: -25, numerator: -1, denominator: 4, customerIds: ['a', 'b', 'c', 'd', 'f'] });
  });
  it('target cohorts: Cooling only (a, f): Q2 3, Q3 2 → −33.3%', () => {
    const c2 = buildKpiContext(ledger, period, basePeriod(period), snapshotAt, { targetSegments: ['Cooling'] });
    const k = frequencyGrowth(c2, all);
    expect(k.customerIds).toEqual(['a', 'f']);
    expect(k.numerator).toBe(-1);
    expect(k.denominator).toBe(3);
    expect(k.value).toBeCloseTo(-33.333, 3);
  });
});

describe('monetaryUplift', () => {
  it('Δ revenue per cohort customer: (+200 +80 −300 +0 −130) / 5 = −30.00', () => {
    const k = monetaryUplift(ctx, all);
    expect(k).toMatchObject({ value: -3000, numerator: -15000, denominator: 5, unit: 'money-per-customer' });
    // Size-adjusted: Σ segment uplift × segment share = Cooling (+200 −130)/2 × 2/5 + Lapsed (+80 + 0)/2 × 2/5 + Active −300 × 1/5.
    const parts = k.bySegment!;
    const weighted = parts.reduce((s, p) => s + p.value! * (p.denominator / 5), 0);
    expect(weighted).toBe(-3000);
    expect(parts.map((p) => [p.segment, p.value])).toEqual([['Active', -30000], ['Cooling', 3500], ['Lapsed', 4000]]);
  });
});

describe('movedShare', () => {
  it('b Lapsed→Cooling up; c Active→Lapsed and f Cooling→Lapsed down; of 5 scored at start', () => {
    expect(movedShare(ctx, all, 'up')).toMatchObject({ value: 20, numerator: 1, denominator: 5, numeratorIds: ['b'] });
    expect(movedShare(ctx, all, 'down')).toMatchObject({ value: 40, numerator: 2, denominator: 5, numeratorIds: ['c', 'f'] });
  });
});

describe('churnRate', () => {
  it('active at start a, c, f; lapsed at end c, f → 2/3', () => {
    const k = churnRate(ctx, all);
    expect(k).toMatchObject({ numerator: 2, denominator: 3, customerIds: ['a', 'c', 'f'], numeratorIds: ['c', 'f'] });
    expect(k.value).toBeCloseTo(66.667, 3);
  });
});

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

describe('averageOrderValue', () => {
  it('new: e 120/1; existing: a 250 + 150, b 80 → 480/3 = 160.00', () => {
    expect(averageOrderValue(ctx, all, 'new')).toMatchObject({ value: 12000, numerator: 12000, denominator: 1, customerIds: ['e'] });
    expect(averageOrderValue(ctx, all, 'existing')).toMatchObject({ value: 16000, numerator: 48000, denominator: 3, customerIds: ['a', 'b'] });
  });
});

describe('weightedRevenue', () => {
  it('a 400 × 1.5 + b 80 × 1 (Lapsed, no weight) + e 120 × 1 (new) + f −30 × 1.5 = 755.00', () => {
    expect(weightedRevenue(ctx, all)).toMatchObject({ value: 75500, numerator: 75500, denominator: 57000, customerIds: ['a', 'b', 'e', 'f'] });
  });
});

describe('crossSell and upsell', () => {
  it('cross-sell: a (toys 150) and b (toys 80) of 5 existing → 40%, 230.00', () => {
    const k = crossSell(ctx, all);
    expect(k).toMatchObject({ value: 40, numerator: 2, denominator: 5, numeratorIds: ['a', 'b'], revenueCents: 23000 });
  });
  it('upsell: a 400 − 200 − 150 = 50.00 of cohort a, c, f → 33.3%', () => {
    const k = upsell(ctx, all);
    expect(k).toMatchObject({ numerator: 1, denominator: 3, numeratorIds: ['a'], revenueCents: 5000 });
    expect(k.value).toBeCloseTo(33.333, 3);
  });
});

describe('edge cases', () => {
  it('empty ledger: every KPI is not defined with a reason, never NaN', () => {
    const empty = makeLedger([]);
    const c = buildKpiContext(empty, period, basePeriod(period), rfmSnapshots(empty, KPI_CONFIG));
    for (const k of [reactivationRate(c, []), frequencyGrowth(c, []), monetaryUplift(c, []), movedShare(c, [], 'up'), churnRate(c, []),
      revenueRetention(c, [], 'nrr'), revenueRetention(c, [], 'grr'), averageOrderValue(c, [], 'new'), crossSell(c, []), upsell(c, [])]) {
      expect(k.value).toBeNull();
      expect(k.undefinedReason?.ru.length).toBeGreaterThan(0);
      expect(k.undefinedReason?.en.length).toBeGreaterThan(0);
    }
    expect(weightedRevenue(c, []).value).toBe(0);
  });
  it('no category column: cross-sell not defined, says why', () => {
    const l = makeLedger([{ customer: 'x', date: '2025-05-01', amount: 10 }, { customer: 'x', date: '2025-08-01', amount: 10 }]);
    const c = buildKpiContext(l, period, basePeriod(period), rfmSnapshots(l, KPI_CONFIG));
    expect(crossSell(c, [0]).undefinedReason?.en).toMatch(/category/);
  });
  it('a refund-only customer in the base is not in the NRR cohort', () => {
    const l = makeLedger([{ customer: 'x', date: '2025-01-01', amount: 10 }, { customer: 'x', date: '2025-05-01', amount: -5 }]);
    const c = buildKpiContext(l, period, basePeriod(period), rfmSnapshots(l, KPI_CONFIG));
    expect(revenueRetention(c, [0], 'nrr').denominator).toBe(0);
  });
  it('manager from a customers table overrides orders', () => {
    const c = buildKpiContext(ledger, period, basePeriod(period), snapshotAt, { customerManagers: new Map([['f', 'Вера']]) });
    expect(c.manager[5]).toBe('Вера');
  });
});
