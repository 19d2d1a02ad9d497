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
import { crossSell } from '../../../core/kpi/cross-sell';

const { ledger, ctx, all } = kpiQ3Context();

describe('crossSell', () => {
  it('cross-sell: a (toys 150) and b (toys 80) of 5 existing → 40%, 230.00', () => {
    const k = crossSell(ctx, all);
    expect(k).toMatchObject({ value: 40, numerator: 2, denominator: 5, numeratorIds: ['a', 'b'], revenueCents: 23000 });
  });
});

describe('edge cases', () => {
  it('empty ledger: not defined, with a reason in both languages, never NaN', () => {
    const c = kpiQ3ContextOf();
    const k = crossSell(c, []);
    expect(k.value).toBeNull();
    expect(k.undefinedReason?.ru.length).toBeGreaterThan(0);
    expect(k.undefinedReason?.en.length).toBeGreaterThan(0);
  });
  it('no category column: not defined, says why', () => {
    const c = kpiQ3ContextOf([{ customer: 'x', date: '2025-05-01', amount: 10 }, { customer: 'x', date: '2025-08-01', amount: 10 }]);
    expect(crossSell(c, [0]).undefinedReason?.en).toMatch(/category/);
  });
});
