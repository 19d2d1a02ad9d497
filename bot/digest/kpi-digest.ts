import { KPI_INFO, dayFromIso, isoFromDay, parsePeriod, type KpiResult, type KpiUnit, type Period, type Scorecard, type ScorecardRow } from '../../core';
import { managerKey, seesAll } from '../access/visible-customers';
import type { Snapshot } from '../data/snapshot-provider';
import { escapeHtml } from '../render/escape-html';
import { formatMoney, formatNumber, formatPercent } from '../render/format';
import type { Person } from '../storage';
import type { RenderContext } from './types';

/**
 * The default KPI period on a day: month to date (`YYYY-MM-01..yesterday`), or the whole previous month on the 1st.
 * @example defaultKpiPeriod(20780).label // 2026-11-23 → "2026-11-01..2026-11-22"
 */
export function defaultKpiPeriod(day: number): Period {
  const iso = isoFromDay(day);
  const first = dayFromIso(iso.slice(0, 8) + '01')!;
  if (first === day) return parsePeriod(isoFromDay(day - 1).slice(0, 7));
  return parsePeriod(`${iso.slice(0, 8)}01..${isoFromDay(day - 1)}`);
}

/** A KPI value in its unit, for the user's language. */
export function formatKpiValue(value: number, unit: KpiUnit, rc: RenderContext): string {
  switch (unit) {
    case '%':
      return formatPercent(value, rc.lang);
    case 'pp':
      return `${value > 0 ? '+' : ''}${formatNumber(value, rc.lang, 1)} ${rc.lang === 'ru' ? 'п.п.' : 'pp'}`;
    case 'money':
    case 'money-per-customer':
      return formatMoney(Math.round(value), rc.currency, rc.lang);
    case 'score':
      return formatNumber(value, rc.lang, 0);
    default:
      return formatNumber(value, rc.lang, 0);
  }
}

/**
 * A change against the base period with its sign; scores keep one decimal so a small move does not read "-0".
 * @example formatChange(-0.3, 'score', rc) // → "-0,3"
 */
export function formatChange(change: number, unit: KpiUnit, rc: RenderContext): string {
  if (unit === 'score') return `${change > 0 ? '+' : ''}${formatNumber(change, rc.lang, 1)}`;
  const text = formatKpiValue(change, unit, rc).replace(/^\+/, '');
  return change > 0 ? `+${text}` : text;
}

function line(row: ScorecardRow, rc: RenderContext): string {
  const fact: KpiResult = row.fact;
  const factText = fact.value === null ? rc.t('kpi-undefined') : escapeHtml(formatKpiValue(fact.value, fact.unit, rc));
  const plan =
    row.plan === null
      ? ''
      : rc.t('kpi-plan', {
          plan: escapeHtml(formatKpiValue(row.plan, fact.unit, rc)),
          pct: escapeHtml(row.percentOfPlan === null ? '—' : formatPercent(row.percentOfPlan, rc.lang)),
        });
  const change = row.change === null ? '' : escapeHtml(`(${formatChange(row.change, row.changeUnit, rc)})`);
  return rc.t('kpi-line', { name: escapeHtml(KPI_INFO[row.kpi][rc.lang]), fact: factText, plan, change }).trimEnd();
}

/**
 * The KPI scorecard text for a person: a manager gets their own rows, heads and admins the team rows, for
 * `period` against core's base period. Values come from core's scorecard, formatted per language.
 * @example buildKpiDigest(snap, manager, rc, defaultKpiPeriod(snap.day)) // → "<b>KPI за 2026-11-01..2026-11-22</b> ..."
 */
export function buildKpiDigest(snap: Snapshot, person: Person, rc: RenderContext, period: Period): string {
  const card: Scorecard = snap.scorecard(period);
  let rows: ScorecardRow[];
  if (seesAll(person) && !person.managerName) rows = card.rows.filter((r) => r.team);
  else if (seesAll(person)) rows = card.rows.filter((r) => r.team);
  else {
    const key = managerKey(person.managerName ?? '');
    rows = card.rows.filter((r) => !r.team && r.manager !== null && managerKey(r.manager) === key);
  }
  const lines = [rc.t('kpi-title', { period: escapeHtml(card.period.label), base: escapeHtml(card.base.label) })];
  if (seesAll(person)) lines.push(rc.t('kpi-team'));
  for (const r of rows) lines.push(line(r, rc));
  return lines.join('\n');
}
