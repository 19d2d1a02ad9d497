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
import { weightedRevenue } from '../../../core/kpi/weighted-revenue';

const { ledger, ctx, all } = kpiQ3Context();

describe('weightedRevenue', () => {
  it('a 400 × 1.5 + b 80 × 1 (Lapsed, no weight) + e 120 × 1 (new) + f −30 × 1.5 = 755.00', () => {
    expect(weightedRevenue(ctx, all)).toMatchObject({ value: 75500, numerator: 75500, denominator: 57000, customerIds: ['a', 'b', 'e', 'f'] });
  });
});

describe('edge cases', () => {
  it('empty ledger: 0, not undefined (a sum)', () => {
    expect(weightedRevenue(kpiQ3ContextOf(), []).value).toBe(0);
  });
});
