import { describe, expect, it } from 'vitest';
import { parseLeads } from '../../../core/kpi/parse-leads';
import { leadCohorts } from '../../../core/kpi/lead-cohorts';
import { leadConversion } from '../../../core/kpi/lead-conversion';
import { winRate } from '../../../core/kpi/win-rate';
import { leadSegmentMismatches } from '../../../core/kpi/lead-segment-mismatches';
import { buildKpiContext } from '../../../core/kpi/kpi-context';
import { basePeriod, parsePeriod } from '../../../core/kpi/period';
import { kpiFixture } from '../../helpers/kpi-fixture';
import { dayFromIso } from '../../../core/time/civil-day';

const d = (s: string) => dayFromIso(s)!;

/**
 * L1 a 07-02 won web (a's last purchase 05-10 → 53 days → Cooling)
 * L2 b 07-25 lost phone (b bought 07-20 → 5 days → Active; at the period start b was Lapsed)
 * L3 x 01.08.2025 open web (unknown customer → new)
 * L4 c 09-01 won web (c's last purchase 06-20 → 73 days → Cooling)
 * L5 d 2025-06-15 won (before the period: left out)
 */
const TABLE = [
  ['Лид', 'Клиент', 'Дата создания', 'Дата закрытия', 'Статус', 'Сумма', 'Канал', 'Менеджер', 'Сегмент'],
  ['L1', 'a', '2025-07-02', '2025-07-05', 'won', '250', 'web', 'Анна', 'Cooling'],
  ['L2', 'b', '2025-07-25', '2025-08-01', 'Проиграна', '1 000,50', 'phone', 'Анна', 'Lapsed'],
  ['L3', 'x', '01.08.2025', '', 'в работе', '', 'web', 'Борис', ''],
  ['L4', 'c', '2025-09-01', '2025-09-10', 'выиграна', 300, 'web', 'Борис', 'Cooling'],
  ['L5', 'd', '2025-06-15', '2025-06-20', 'won', 50, 'web', 'Борис', 'Lapsed'],
];

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
