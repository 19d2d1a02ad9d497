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
import { averageOrderValue } from '../../../core/kpi/average-order-value';

const { ledger, ctx, all } = kpiQ3Context();

describe('averageOrderValue', () => {
  it('new: e 120/1; existing: a 250 + 150, b 80 → 480/3 = 160.00', () => {
    expect(averageOrderValue(ctx, all, 'new')).toMatchObject({ value: 12000, numerator: 12000, denominator: 1, customerIds: ['e'] });
    expect(averageOrderValue(ctx, all, 'existing')).toMatchObject({ value: 16000, numerator: 48000, denominator: 3, customerIds: ['a', 'b'] });
  });
});

describe('edge cases', () => {
  it('empty ledger: not defined, with a reason in both languages, never NaN', () => {
    const c = kpiQ3ContextOf();
    const k = averageOrderValue(c, [], 'new');
    expect(k.value).toBeNull();
    expect(k.undefinedReason?.ru.length).toBeGreaterThan(0);
    expect(k.undefinedReason?.en.length).toBeGreaterThan(0);
  });
});
