import { describe, expect, it } from 'vitest';
import { concentrationFlags } from '../../../core/kpi/concentration-flags';
import type { ScorecardRow } from '../../../core/kpi/scorecard';
import type { KpiResult } from '../../../core/kpi/types';


describe('concentrationFlags', () => {
  const part = (segment: string, numerator: number, denominator: number) => ({ segment, value: (numerator / denominator) * 100, numerator, denominator, customerIds: [] });
  const res = (numerator: number, denominator: number, bySegment: ReturnType<typeof part>[]): KpiResult => ({
    id: 'reactivation', value: (numerator / denominator) * 100, numerator, denominator, unit: '%', customerIds: [], bySegment,
  });
  const row = (manager: string | null, team: boolean, fact: KpiResult): ScorecardRow => ({
    role: 'marketing', kpi: 'reactivation', manager, team, plan: null, fact, percentOfPlan: null, lowerIsBetter: false,
    base: fact, change: null, changeUnit: 'pp',
  });
  it('Анна got 4 of 5 reactivations from "About to Sleep", where the team converts 50% vs 20% overall', () => {
    // Team: About to Sleep 5/10 = 50%, Lost 5/40 = 12.5%, overall 10/50 = 20%.
    const rows = [
      row('Анна', false, res(5, 20, [part('About to Sleep', 4, 5), part('Lost', 1, 15)])),
      row('Борис', false, res(5, 30, [part('About to Sleep', 1, 5), part('Lost', 4, 25)])),
      row(null, true, res(10, 50, [part('About to Sleep', 5, 10), part('Lost', 5, 40)])),
    ];
    const flags = concentrationFlags(rows);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ manager: 'Анна', kpi: 'reactivation', segment: 'About to Sleep', sharePct: 80, segmentTeamValue: 50, teamValue: 20 });
    expect(flags[0].message.ru).toContain('Анна');
  });
  describe('edge cases', () => {
    it('Борис: 4 of 5 from Lost, a hard segment → no flag; tiny numerators are skipped', () => {
      const rows = [
        row('Борис', false, res(2, 30, [part('About to Sleep', 2, 5)])),
        row(null, true, res(10, 50, [part('About to Sleep', 5, 10), part('Lost', 5, 40)])),
      ];
      expect(concentrationFlags(rows)).toEqual([]);
    });
  });
});
