import { describe, expect, it } from 'vitest';
import { accountHealth } from '../../../core/kpi/account-health';
import { healthDistribution } from '../../../core/kpi/health-distribution';
import { accountHealthKpi } from '../../../core/kpi/account-health-kpi';
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { basePeriod, parsePeriod } from '../../../core/kpi/period';
import { kpiFixture } from '../../helpers/kpi-fixture';
import { makeLedger } from '../../helpers/make-ledger';
import { dayFromIso } from '../../../core/time/civil-day';

const d = (s: string) => dayFromIso(s)!;

describe('accountHealth', () => {
  it('customer a at 2025-10-01, worked by hand', () => {
    // Purchase days 04-10, 05-10, 07-05, 08-05: gaps 30, 56, 31 → rhythm (median) 31; 57 days since 08-05.
    // recency: q = 57/31 = 1.8387 → 40 × (3 − q)/2 = 23.23; regularity: mean 39, SD √(434/3) = 12.03, CV 0.3084 → 13.83;
    // trend: all 4 orders in the last 180 days, none before → 25; refunds: none → 15. Total 77.06 → 77.
    const { ledger } = kpiFixture();
    const h = accountHealth(ledger.customers[0], d('2025-10-01'))!;
    expect(h.rhythmDays).toBe(31);
    expect(h.daysSince).toBe(57);
    expect(h.recency).toBeCloseTo(23.226, 3);
    expect(h.regularity).toBeCloseTo(13.832, 3);
    expect(h.trend).toBe(25);
    expect(h.refunds).toBe(15);
    expect(h.score).toBe(77);
  });
  it('a regular customer on rhythm scores 100', () => {
    const l = makeLedger(['2025-01-01', '2025-01-31', '2025-03-02', '2025-04-01'].map((date) => ({ customer: 'x', date, amount: 50 })));
    expect(accountHealth(l.customers[0], d('2025-04-11'))!.score).toBe(100);
  });
  it('falling spend and refunds lower the score', () => {
    // Days 2024-10-01 (200), 2025-03-01 (100), refund −50 on 2025-03-05; as of 2025-04-01.
    // recency: one gap 151 = rhythm; 31 days since → 40. regularity: 1 gap → 10.
    // trend: recent (age ≤ 180) = 100 − 50 = 50, previous (2024-10-01, age 182) = 200 → p = 0.2 → 25 × 0.4 = 10.
    // refunds over 365 days: gross 300, refunded 50 → 15 × (1 − 2 × 50/300) = 10. Total 70.
    const l = makeLedger([
      { customer: 'x', date: '2024-10-01', amount: 200 },
      { customer: 'x', date: '2025-03-01', amount: 100 },
      { customer: 'x', date: '2025-03-05', amount: -50 },
    ]);
    const h = accountHealth(l.customers[0], d('2025-04-01'))!;
    expect([h.recency, h.regularity, h.trend, h.score]).toEqual([40, 10, 10, 70]);
    expect(h.refunds).toBeCloseTo(10, 10);
  });
  describe('edge cases', () => {
    it('no purchase before the as-of day → null', () => {
      const l = makeLedger([{ customer: 'x', date: '2025-05-01', amount: 10 }]);
      expect(accountHealth(l.customers[0], d('2025-05-01'))).toBeNull();
    });
    it('one purchase uses the fallback rhythm (boundary, else 90)', () => {
      const l = makeLedger([{ customer: 'x', date: '2025-01-01', amount: 10 }]);
      expect(accountHealth(l.customers[0], d('2025-04-01'))!.rhythmDays).toBe(90);
      expect(accountHealth(l.customers[0], d('2025-04-01'), 60)!.rhythmDays).toBe(60);
    });
  });
});

describe('account health KPI and distribution', () => {
  it('mean over customers scored at the end, per segment at the end; distribution counts add up', () => {
    const { ledger, snapshotAt } = kpiFixture();
    const p = parsePeriod('2025-Q3');
    const ctx = buildKpiContext(ledger, p, basePeriod(p), snapshotAt);
    const all = [0, 1, 2, 3, 4, 5];
    const k = accountHealthKpi(ctx, all);
    const each = ledger.customers.map((c) => accountHealth(c, p.end)!.score);
    expect(k.denominator).toBe(6);
    expect(k.numerator).toBe(each.reduce((a, b) => a + b, 0));
    expect(k.value).toBeGreaterThanOrEqual(0);
    expect(k.value).toBeLessThanOrEqual(100);
    const dist = healthDistribution(ctx, all);
    expect(dist.map((r) => r.segment)).toEqual(['Cooling', 'Lapsed']);
    expect(dist.reduce((s, r) => s + r.customers, 0)).toBe(6);
    for (const r of dist) expect(r.bands.reduce((a, b) => a + b, 0)).toBe(r.customers);
  });
});
