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
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { basePeriod } from '../../../core/kpi/period';

const { ledger, snapshotAt, period, ctx } = kpiQ3Context();

describe('context', () => {
  it('segments at start and end come from runRfm as of those days', () => {
    expect(ctx.segStart).toEqual(['Cooling', 'Lapsed', 'Active', 'Lapsed', null, 'Cooling']);
    expect(ctx.segEnd).toEqual(['Cooling', 'Cooling', 'Lapsed', 'Lapsed', 'Cooling', 'Lapsed']);
    expect(ctx.manager).toEqual(['Анна', 'Анна', 'Борис', 'Борис', 'Борис', null]);
  });
});

describe('edge cases', () => {
  it('manager from a customers table overrides orders', () => {
    const c = buildKpiContext(ledger, period, basePeriod(period), snapshotAt, { customerManagers: new Map([['f', 'Вера']]) });
    expect(c.manager[5]).toBe('Вера');
  });
  it('empty ledger: empty arrays', () => {
    expect(kpiQ3ContextOf().segStart).toEqual([]);
  });
});

describe('new-category revenue', () => {
  it('more than 64 categories: each customer sees only their own history', () => {
    // x bought categories k0..k99 before the period and k0 + k100 in it; y bought k5 only in the period.
    const rows = [
      ...Array.from({ length: 100 }, (_, k) => ({ customer: 'x', date: '2025-03-01', amount: 1, category: `k${k}`, order: 'old' })),
      { customer: 'x', date: '2025-08-01', amount: 10, category: 'k0', order: 'n1' },
      { customer: 'x', date: '2025-08-01', amount: 7, category: 'k100', order: 'n1' },
      { customer: 'y', date: '2025-08-01', amount: 5, category: 'k5' },
    ];
    const c = kpiQ3ContextOf(rows);
    expect([...c.newCategoryCentsP]).toEqual([700, 500]);
  });
});
