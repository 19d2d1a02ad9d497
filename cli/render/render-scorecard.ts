import { KPI_INFO, ROLES, type HealthDistributionRow, type KpiResult, type KpiUnit, type Role, type Scorecard, type ScorecardRow } from '../../core';
import type { Lang } from '../context';
import { renderCsv } from '../format/render-csv';
import { formatMoney } from '../format/format-money';
import { renderTable } from '../format/render-table';
import { tr, type Text } from '../i18n';
import { isoFromDay } from '../../core';

const T = {
  kpi: { ru: 'КПЭ', en: 'KPI' },
  manager: { ru: 'Менеджер', en: 'Manager' },
  plan: { ru: 'План', en: 'Plan' },
  fact: { ru: 'Факт', en: 'Fact' },
  pct: { ru: '% плана', en: '% of plan' },
  base: { ru: 'База', en: 'Base' },
  change: { ru: 'Изменение', en: 'Change' },
  parts: { ru: 'Числитель / знаменатель', en: 'Numerator / denominator' },
  merged: { ru: 'Факт, дробления слиты', en: 'Fact, splits merged' },
  team: { ru: 'Вся команда', en: 'Whole team' },
  noManager: { ru: '(без менеджера)', en: '(no manager)' },
  lower: { ru: '↓ лучше', en: '↓ better' },
  notDefined: { ru: 'не определено', en: 'not defined' },
  marketing: { ru: 'Маркетинг', en: 'Marketing' },
  sales: { ru: 'Продажи', en: 'Sales' },
  success: { ru: 'Customer Success', en: 'Customer success' },
  period: { ru: 'Период', en: 'Period' },
  vs: { ru: 'база', en: 'base' },
  health: { ru: 'Здоровье аккаунта по сегментам на конец периода', en: 'Account health by segment at the period end' },
  segment: { ru: 'Сегмент', en: 'Segment' },
  customers: { ru: 'Клиенты', en: 'Customers' },
  mean: { ru: 'Среднее', en: 'Mean' },
  median: { ru: 'Медиана', en: 'Median' },
  splitsNote: {
    ru: 'Найдены возможные дробления заказов: колонка «Факт, дробления слиты» показывает КПЭ с объединёнными заказами (см. rfm review).',
    en: 'Possible order splitting found: the column "Fact, splits merged" shows the KPIs with those orders merged (see rfm review).',
  },
} satisfies Record<string, Text>;

/**
 * A KPI value for display: percent with one decimal, pp with a sign, money with two decimals, score with one
 * decimal; '—' when not defined.
 */
export function formatKpiValue(value: number | null, unit: KpiUnit, lang: Lang, signed = false): string {
  if (value === null) return '—';
  const sign = signed && value > 0 ? '+' : '';
  const num = (v: number) => new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  switch (unit) {
    case '%': return `${sign}${num(value)}%`;
    case 'pp': return `${sign}${num(value)} ${lang === 'ru' ? 'п.п.' : 'pp'}`;
    case 'money':
    case 'money-per-customer': return `${sign}${formatMoney(value, lang)}`;
    default: return `${sign}${num(value)}`;
  }
}

const managerName = (r: ScorecardRow, lang: Lang) => (r.team ? tr(lang, T.team) : (r.manager ?? tr(lang, T.noManager)));
const kpiName = (r: { kpi: ScorecardRow['kpi'] }, lang: Lang) => KPI_INFO[r.kpi][lang];
const money = (unit: KpiUnit) => unit === 'money' || unit === 'money-per-customer';
/** Whether a KPI's numerator / denominator are money (cents) rather than counts. */
const numIsMoney = (k: KpiResult) => money(k.unit) || k.id === 'nrr' || k.id === 'grr';
const denIsMoney = (k: KpiResult) => k.id === 'weighted-revenue' || k.id === 'nrr' || k.id === 'grr';
const count = (v: number) => String(Math.round(v * 100) / 100);
const partText = (k: KpiResult, lang: Lang) =>
  `${numIsMoney(k) ? formatMoney(k.numerator, lang) : count(k.numerator)} / ${denIsMoney(k) ? formatMoney(k.denominator, lang) : count(k.denominator)}`;

/** The scorecard as text tables, one per role, with the reasons of undefined values under each table. */
export function renderScorecardTable(card: Scorecard, lang: Lang, health?: HealthDistributionRow[]): string {
  const out: string[] = [`${tr(lang, T.period)}: ${card.period.label} (${isoFromDay(card.period.start)} … ${isoFromDay(card.period.end - 1)}), ${tr(lang, T.vs)}: ${card.base.label}`];
  const merged = card.rows.some((r) => r.factMerged);
  if (merged) out.push(tr(lang, T.splitsNote));
  for (const role of ROLES) {
    const rows = card.rows.filter((r) => r.role === role);
    if (rows.length === 0) continue;
    const cols = [
      { title: tr(lang, T.kpi) }, { title: tr(lang, T.manager) }, { title: tr(lang, T.plan), align: 'right' as const },
      { title: tr(lang, T.fact), align: 'right' as const }, { title: tr(lang, T.pct), align: 'right' as const },
      { title: tr(lang, T.base), align: 'right' as const }, { title: tr(lang, T.change), align: 'right' as const },
      { title: tr(lang, T.parts), align: 'right' as const },
      ...(merged ? [{ title: tr(lang, T.merged), align: 'right' as const }] : []),
    ];
    const body = rows.map((r) => [
      `${kpiName(r, lang)}${r.lowerIsBetter ? ` (${tr(lang, T.lower)})` : ''}`,
      managerName(r, lang),
      formatKpiValue(r.plan, r.fact.unit, lang),
      formatKpiValue(r.fact.value, r.fact.unit, lang),
      r.percentOfPlan === null ? '—' : `${Math.round(r.percentOfPlan)}%`,
      formatKpiValue(r.base.value, r.base.unit, lang),
      formatKpiValue(r.change, r.changeUnit, lang, true),
      partText(r.fact, lang),
      ...(merged ? [r.factMerged ? formatKpiValue(r.factMerged.value, r.factMerged.unit, lang) : '—'] : []),
    ]);
    out.push('', `== ${tr(lang, T[role as Role])} ==`, renderTable(cols, body));
    const reasons = new Map<string, string>();
    for (const r of rows) {
      if (r.fact.value === null && r.fact.undefinedReason) reasons.set(`${kpiName(r, lang)}: ${r.fact.undefinedReason[lang]}`, '');
    }
    for (const k of reasons.keys()) out.push(`  — ${tr(lang, T.notDefined)}: ${k}`);
  }
  if (health && health.length > 0) {
    out.push('', tr(lang, T.health));
    out.push(renderTable(
      [{ title: tr(lang, T.segment) }, { title: tr(lang, T.customers), align: 'right' }, { title: tr(lang, T.mean), align: 'right' },
        { title: tr(lang, T.median), align: 'right' }, { title: '0–19', align: 'right' }, { title: '20–39', align: 'right' },
        { title: '40–59', align: 'right' }, { title: '60–79', align: 'right' }, { title: '80–100', align: 'right' }],
      health.map((h) => [h.segment, String(h.customers), formatKpiValue(h.mean, 'score', lang), formatKpiValue(h.median, 'score', lang), ...h.bands.map(String)]),
    ));
  }
  return `${out.join('\n')}\n`;
}

const machine = (v: number | null, unit: KpiUnit) => (v === null ? '' : money(unit) ? (v / 100).toFixed(2) : String(Math.round(v * 1e6) / 1e6));

/** The scorecard as CSV: one line per row (money in currency units with two decimals). */
export function scorecardCsv(card: Scorecard, lang: Lang): string {
  const header = ['period', 'base', 'role', 'kpi', 'kpi_name', 'manager', 'team', 'unit', 'plan', 'fact', 'numerator', 'denominator',
    'percent_of_plan', 'lower_is_better', 'base_value', 'change', 'change_unit', 'fact_merged', 'customers', 'undefined_reason'];
  const rows = card.rows.map((r) => [
    card.period.label, card.base.label, r.role, r.kpi, kpiName(r, lang), r.team ? '' : (r.manager ?? ''), r.team ? 'yes' : 'no', r.fact.unit,
    machine(r.plan, r.fact.unit), machine(r.fact.value, r.fact.unit),
    numIsMoney(r.fact) ? (r.fact.numerator / 100).toFixed(2) : count(r.fact.numerator),
    denIsMoney(r.fact) ? (r.fact.denominator / 100).toFixed(2) : count(r.fact.denominator),
    r.percentOfPlan === null ? '' : r.percentOfPlan.toFixed(2), r.lowerIsBetter ? 'yes' : 'no',
    machine(r.base.value, r.base.unit), machine(r.change, r.changeUnit), r.changeUnit,
    r.factMerged ? machine(r.factMerged.value, r.factMerged.unit) : '', r.fact.customerIds.length, r.fact.undefinedReason?.[lang] ?? '',
  ]);
  return renderCsv(header, rows);
}

/** The scorecard as JSON; `ids: false` drops the customer id lists (they can be long). */
export function scorecardJson(card: Scorecard, extra: Record<string, unknown>, ids: boolean): Record<string, unknown> {
  const strip = (k: KpiResult | undefined): unknown => {
    if (!k || ids) return k;
    return { ...k, customerIds: undefined, numeratorIds: undefined, bySegment: k.bySegment?.map(({ segment, channel, value, numerator, denominator }) => ({ segment, channel, value, numerator, denominator })) };
  };
  return {
    period: { ...card.period, startIso: isoFromDay(card.period.start), endIso: isoFromDay(card.period.end - 1) },
    base: { ...card.base, startIso: isoFromDay(card.base.start), endIso: isoFromDay(card.base.end - 1) },
    managers: card.managers,
    rows: card.rows.map((r) => ({ ...r, fact: strip(r.fact), base: strip(r.base), factMerged: strip(r.factMerged) })),
    ...extra,
  };
}
