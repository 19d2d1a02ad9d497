import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildScorecard } from '../../../core/kpi/scorecard';
import { parsePeriod } from '../../../core/kpi/period';
import { parseLeads } from '../../../core/kpi/parse-leads';
import { parseTargetsJson } from '../../../core/kpi/targets';
import { rfmSnapshots } from '../../../core/kpi/rfm-snapshots';
import { ROLE_KPIS } from '../../../core/kpi/role-kpis';
import { kpiFixture, KPI_CONFIG } from '../../helpers/kpi-fixture';
import { makeLedger } from '../../helpers/make-ledger';
import type { Scorecard } from '../../../core/kpi/scorecard';
import { isoFromDay, dayFromIso } from '../../../core/time/civil-day';
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { basePeriod } from '../../../core/kpi/period';
import { computeKpi } from '../../../core/kpi/compute-kpi';
import { leadCohorts } from '../../../core/kpi/lead-cohorts';
import type { Ledger } from '../../../core/ledger/types';
import type { Lead } from '../../../core/kpi/lead';
import type { SnapshotAt } from '../../../core/kpi/types';

const period = parsePeriod('2025-Q3');

/** Team numerator and denominator = Σ of the managers' rows (including "no manager"). */
function expectTeamConsistent(card: Scorecard): void {
  const teams = card.rows.filter((r) => r.team);
  for (const t of teams) {
    const parts = card.rows.filter((r) => !r.team && r.kpi === t.kpi);
    expect(parts.reduce((s, r) => s + r.fact.numerator, 0)).toBeCloseTo(t.fact.numerator, 6);
    expect(parts.reduce((s, r) => s + r.fact.denominator, 0)).toBeCloseTo(t.fact.denominator, 6);
    expect(parts.reduce((s, r) => s + r.fact.customerIds.length, 0)).toBeGreaterThanOrEqual(t.fact.customerIds.length);
  }
}

/** The team row (merged from the managers' rows) equals the KPI computed directly over every customer and lead. */
function expectTeamEqualsDirect(card: Scorecard, ledger: Ledger, snapshotAt: SnapshotAt, leads: Lead[] | null, options = {}): void {
  const ctx = buildKpiContext(ledger, card.period, basePeriod(card.period), snapshotAt, options);
  const all = ledger.customers.map((_, i) => i);
  for (const t of card.rows.filter((r) => r.team)) {
    const direct = computeKpi(ctx, t.kpi, all, leads ? leadCohorts(ctx, leads) : null);
    expect(t.fact.numerator).toBeCloseTo(direct.numerator, 6);
    expect(t.fact.denominator).toBeCloseTo(direct.denominator, 6);
    expect(t.fact.value === null).toBe(direct.value === null);
    if (direct.value !== null) expect(t.fact.value!).toBeCloseTo(direct.value, 6);
    expect([...t.fact.customerIds].sort()).toEqual([...direct.customerIds].sort());
  }
}

describe('buildScorecard on the fixture (2025-Q3 vs Q2)', () => {
  const { ledger, snapshotAt } = kpiFixture();
  const targets = parseTargetsJson({
    targets: [
      { kpi: 'reactivation', role: 'marketing', plan: 40 },
      { kpi: 'reactivation', manager: 'Анна', plan: 80 },
      { kpi: 'aov-new', plan: 150.5 },
    ],
  });
  const card = buildScorecard({ ledger, period, snapshotAt, targets, options: { weights: { Cooling: 1.5 } } });

  it('rows per manager (Анна, Борис, no manager) plus a team row for each of the 16 KPIs', () => {
    expect(card.base.label).toBe('2025-Q2');
    expect(card.managers).toEqual(['Анна', 'Борис', null]);
    expect(card.rows).toHaveLength(16 * 4);
    expect(card.rows.filter((r) => r.team)).toHaveLength(16);
  });
  it('plan, fact, % of plan and change vs base for reactivation', () => {
    const anna = card.rows.find((r) => r.kpi === 'reactivation' && r.manager === 'Анна' && !r.team)!;
    const team = card.rows.find((r) => r.kpi === 'reactivation' && r.team)!;
    // Анна: b lapsed at 07-01 and back → 100% against a personal plan of 80 → 125%.
    expect([anna.fact.value, anna.plan, anna.percentOfPlan]).toEqual([100, 80, 125]);
    // Team: 1/2 = 50% against the role plan 40 → 125%.
    expect([team.fact.value, team.plan, team.percentOfPlan]).toEqual([50, 40, 125]);
    // Base Q2: lapsed at 04-01 (R1: ≥ 90 days): b (81 days → no), d (121 days) → d did not come back → 0%. Change +50 pp.
    expect(team.base).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(team.change).toBe(50);
    expect(team.changeUnit).toBe('pp');
  });
  it('money plans come in currency units: 150.50 → 15050 cents; AOV of new e = 120.00 → 79.7% of plan', () => {
    const r = card.rows.find((x) => x.kpi === 'aov-new' && x.team)!;
    expect(r.plan).toBe(15050);
    expect(r.percentOfPlan).toBeCloseTo((12000 / 15050) * 100, 10);
  });
  it('the team row agrees with the managers’ rows and with a direct computation over everyone', () => {
    expectTeamConsistent(card);
    expectTeamEqualsDirect(card, ledger, snapshotAt, null, { weights: { Cooling: 1.5 } });
  });
  it('one manager only: that manager’s rows and the team rows', () => {
    const one = buildScorecard({ ledger, period, snapshotAt, manager: 'Борис', roles: ['success'] });
    expect(one.managers).toEqual(['Борис']);
    expect(one.rows.map((r) => r.manager ?? (r.team ? 'team' : 'none'))).toEqual(ROLE_KPIS.success.flatMap(() => ['Борис', 'team']));
  });
  describe('edge cases', () => {
    it('lead KPIs without a leads table are not defined, with a reason', () => {
      const r = card.rows.find((x) => x.kpi === 'win-rate' && x.team)!;
      expect(r.fact.value).toBeNull();
      expect(r.fact.undefinedReason!.en).toMatch(/leads/);
      expect(r.percentOfPlan).toBeNull();
      expect(r.change).toBeNull();
    });
    it('no value is ever NaN or Infinity', () => {
      for (const r of card.rows) for (const v of [r.fact.value, r.base.value, r.percentOfPlan, r.change]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    });
  });
});

describe('properties on random ledgers', () => {
  const order = fc.record({
    customer: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 0, max: 540 }),
    amount: fc.integer({ min: -100, max: 500 }),
    manager: fc.constantFrom('Анна', 'Борис', 'Вера', undefined),
    category: fc.constantFrom('a', 'b', 'c'),
  });
  const lead = fc.record({
    customer: fc.integer({ min: 1, max: 14 }),
    day: fc.integer({ min: 300, max: 540 }),
    status: fc.constantFrom('won', 'lost', 'open'),
    manager: fc.constantFrom('Анна', 'Борис', ''),
  });
  it('GRR ≤ 100 and ≤ NRR; churn, conversion, win rate in [0, 100]; team = Σ managers', () => {
    const start = dayFromIso('2024-10-01')!;
    fc.assert(
      fc.property(fc.array(order, { maxLength: 50 }), fc.array(lead, { maxLength: 12 }), (orders, leads) => {
        const ledger = makeLedger(orders.map((o) => ({
          customer: `c${o.customer}`, date: isoFromDay(start + o.day), amount: o.amount, manager: o.manager, category: o.category,
        })));
        const table = [['lead', 'customer', 'created', 'status', 'manager'], ...leads.map((l, i) => [`L${i}`, `c${l.customer}`, isoFromDay(start + l.day), l.status, l.manager])];
        const snapshotAt = rfmSnapshots(ledger, KPI_CONFIG);
        const parsedLeads = parseLeads(table).leads;
        const card = buildScorecard({ ledger, period, snapshotAt, leads: parsedLeads });
        expectTeamConsistent(card);
        expectTeamEqualsDirect(card, ledger, snapshotAt, parsedLeads);
        for (const r of card.rows) {
          const v = r.fact.value;
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
          if (v !== null && ['churn', 'lead-conversion', 'win-rate', 'grr', 'reactivation', 'moved-up', 'moved-down', 'cross-sell', 'upsell'].includes(r.kpi)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100 + 1e-9);
          }
          if (r.kpi === 'account-health' && v !== null) expect(v).toBeLessThanOrEqual(100);
          if (r.kpi === 'grr') {
            const nrr = card.rows.find((x) => x.kpi === 'nrr' && x.manager === r.manager && x.team === r.team)!;
            if (v !== null) expect(v).toBeLessThanOrEqual(nrr.fact.value! + 1e-9);
            for (const p of r.fact.bySegment ?? []) {
              const q = nrr.fact.bySegment!.find((x) => x.segment === p.segment)!;
              expect(p.numerator).toBeLessThanOrEqual(q.numerator);
              expect(p.numerator).toBeLessThanOrEqual(p.denominator);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
