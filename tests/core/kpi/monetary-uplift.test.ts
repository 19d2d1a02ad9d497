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
import { monetaryUplift } from '../../../core/kpi/monetary-uplift';

const { ledger, ctx, all } = kpiQ3Context();

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

describe('edge cases', () => {
  it('empty ledger: not defined, with a reason in both languages, never NaN', () => {
    const c = kpiQ3ContextOf();
    const k = monetaryUplift(c, []);
    expect(k.value).toBeNull();
    expect(k.undefinedReason?.ru.length).toBeGreaterThan(0);
    expect(k.undefinedReason?.en.length).toBeGreaterThan(0);
  });
});
