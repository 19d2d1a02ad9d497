import type { BilingualText } from '../segments/types';
import type { KpiId } from './types';
import type { ScorecardRow } from './scorecard';
import { KPI_INFO } from './role-kpis';

/** A manager whose KPI numerator comes mostly from one segment that is easier than average. */
export interface ConcentrationFlag {
  manager: string | null;
  kpi: KpiId;
  segment: string;
  /** Share of the manager's numerator from that segment, 0..100. */
  sharePct: number;
  /** The segment's team-wide value and the team's overall value (the segment is "easy" when above). */
  segmentTeamValue: number;
  teamValue: number;
  message: BilingualText;
}

/** KPIs whose numerators count customers or leads per segment, where "easy segment" gains can be spotted. */
const COUNTED: readonly KpiId[] = ['reactivation', 'moved-up', 'lead-conversion', 'win-rate', 'cross-sell', 'upsell'];

/**
 * "Concentration" flags: for each manager row of a scorecard and each counted KPI, flag when at least `share`
 * (default 0.7) of the manager's numerator (and at least `minNumerator`, default 3) comes from one segment whose
 * team-wide value is above the team's overall value — an easy segment. Listed for review, nothing is changed.
 *
 * @example concentrationFlags(scorecard.rows)[0] // → { manager: 'Анна', kpi: 'reactivation', segment: 'About to Sleep', sharePct: 80, … }
 */
export function concentrationFlags(rows: readonly ScorecardRow[], options: { share?: number; minNumerator?: number } = {}): ConcentrationFlag[] {
  const share = options.share ?? 0.7;
  const minNum = options.minNumerator ?? 3;
  const out: ConcentrationFlag[] = [];
  for (const team of rows.filter((r) => r.team && COUNTED.includes(r.kpi))) {
    if (team.fact.value === null) continue;
    const segTotals = new Map<string, { num: number; den: number }>();
    for (const p of team.fact.bySegment ?? []) {
      const t = segTotals.get(p.segment) ?? { num: 0, den: 0 };
      t.num += p.numerator;
      t.den += p.denominator;
      segTotals.set(p.segment, t);
    }
    for (const row of rows.filter((r) => !r.team && r.kpi === team.kpi)) {
      const num = row.fact.numerator;
      if (num < minNum) continue;
      const mine = new Map<string, number>();
      for (const p of row.fact.bySegment ?? []) mine.set(p.segment, (mine.get(p.segment) ?? 0) + p.numerator);
      for (const [segment, n] of mine) {
        if (n / num < share) continue;
        const t = segTotals.get(segment);
        if (!t || t.den === 0) continue;
        const segValue = (t.num / t.den) * 100;
        if (!(segValue > team.fact.value)) continue;
        const pct = (n / num) * 100;
        const who = row.manager ?? '—';
        out.push({
          manager: row.manager, kpi: row.kpi, segment, sharePct: pct, segmentTeamValue: segValue, teamValue: team.fact.value,
          message: {
            ru: `${who}: ${Math.round(pct)}% результата по «${KPI_INFO[row.kpi].ru}» дал один сегмент «${segment}», где у всей команды ${segValue.toFixed(1)}% против ${team.fact.value.toFixed(1)}% в среднем — проверьте вручную.`,
            en: `${who}: ${Math.round(pct)}% of the "${KPI_INFO[row.kpi].en}" result comes from one segment "${segment}", where the whole team scores ${segValue.toFixed(1)}% against ${team.fact.value.toFixed(1)}% overall — review by hand.`,
          },
        });
      }
    }
  }
  return out;
}
