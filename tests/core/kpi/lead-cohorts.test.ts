import { describe, expect, it } from 'vitest';
import { parseLeads } from '../../../core/kpi/parse-leads';
import { leadCohorts } from '../../../core/kpi/lead-cohorts';
import { leadConversion } from '../../../core/kpi/lead-conversion';
import { winRate } from '../../../core/kpi/win-rate';
import { leadSegmentMismatches } from '../../../core/kpi/lead-segment-mismatches';
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { basePeriod, parsePeriod } from '../../../core/kpi/period';
import { kpiFixture, LEADS_TABLE } from '../../helpers/kpi-fixture';
import { dayFromIso } from '../../../core/time/civil-day';

const d = (s: string) => dayFromIso(s)!;

const TABLE = LEADS_TABLE;

describe('lead KPIs on the fixture, 2025-Q3', () => {
  const { ledger, snapshotAt } = kpiFixture();
  const period = parsePeriod('2025-Q3');
  const ctx = buildKpiContext(ledger, period, basePeriod(period), snapshotAt);
  const leads = parseLeads(TABLE).leads;
  const cohorts = leadCohorts(ctx, leads);

  it('cohort fixed at the creation date: b is Active on 07-25 though Lapsed at the period start', () => {
    expect(cohorts.map((c) => [c.lead.id, c.segment, c.channel, c.manager])).toEqual([
      ['L1', 'Cooling', 'web', 'Анна'],
      ['L2', 'Active', 'phone', 'Анна'],
      ['L3', 'new', 'web', 'Борис'],
      ['L4', 'Cooling', 'web', 'Борис'],
    ]);
  });
  it('conversion = won / closed = 2/3; per segment × channel', () => {
    const k = leadConversion(cohorts, ctx.start.rank);
    expect(k.numerator).toBe(2);
    expect(k.denominator).toBe(3);
    expect(k.value).toBeCloseTo(66.667, 3);
    expect(k.bySegment!.map((p) => [p.segment, p.channel, p.numerator, p.denominator])).toEqual([
      ['Active', 'phone', 0, 1],
      ['Cooling', 'web', 2, 2],
    ]);
  });
  it('win rate = won / all created = 2/4', () => {
    expect(winRate(cohorts)).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  });
  it('recorded segment vs segment at creation: L2 says Lapsed, was Active', () => {
    const m = leadSegmentMismatches(leads.filter((l) => l.created >= period.start && l.created < period.end), snapshotAt);
    expect(m.map((x) => [x.leadId, x.recordedSegment, x.segmentAtCreation])).toEqual([['L2', 'Lapsed', 'Active']]);
  });
  describe('edge cases', () => {
    it('no closed leads → conversion not defined, with a reason', () => {
      const k = leadConversion(cohorts.filter((c) => c.lead.status === 'open'));
      expect(k.value).toBeNull();
      expect(k.undefinedReason!.en).toMatch(/no closed/);
    });
  });
});
