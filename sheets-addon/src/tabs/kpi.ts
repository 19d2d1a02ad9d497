/**
 * The KPI tab: one scorecard block per role, a row per manager and a whole-team row, each with plan,
 * fact for the period, % of plan, the base period's value and the change, plus the numerator,
 * denominator and customers behind the fact — as core's buildScorecard computes them.
 */
import type { KpiResult, KpiUnit, Role, Scorecard } from '../../../core/index';
import { KPI_INFO, ROLES } from '../../../core/index';
import { bi, type Lang } from '../i18n';
import type { Block, OutCell, TabSpec } from '../sheet-io';

/** Cell limit is 50 000 characters; customer lists are cut well before. */
const MAX_IDS_TEXT = 2000;

const ROLE_NAMES: Record<Role, { ru: string; en: string }> = {
  marketing: { ru: 'Маркетинг', en: 'Marketing' },
  sales: { ru: 'Продажи', en: 'Sales' },
  success: { ru: 'Клиентский сервис', en: 'Customer success' },
};

function unitText(unit: KpiUnit, lang: Lang): string {
  const names: Record<KpiUnit, [string, string]> = {
    '%': ['%', '%'],
    pp: ['п.п.', 'pp'],
    money: ['деньги', 'money'],
    'money-per-customer': ['деньги на клиента', 'money per customer'],
    customers: ['клиенты', 'customers'],
    orders: ['заказы', 'orders'],
    score: ['баллы 0–100', 'points 0–100'],
  };
  return bi(lang, ...names[unit]);
}

/** A KPI value in display units: money in currency units, the rest as core gives it. */
function shown(value: number | null, unit: KpiUnit): number | null {
  if (value === null) return null;
  return unit === 'money' || unit === 'money-per-customer' ? value / 100 : value;
}

function idsText(ids: readonly string[]): string {
  let out = '';
  for (const id of ids) {
    const next = out === '' ? id : `${out}, ${id}`;
    if (next.length > MAX_IDS_TEXT) return `${out}, …`;
    out = next;
  }
  return out;
}

function note(fact: KpiResult, lang: Lang): string | null {
  return fact.undefinedReason ? fact.undefinedReason[lang] : null;
}

/** Builds the KPI tab from a scorecard (null when KPIs could not be computed, with the reason). */
export function kpiTab(card: Scorecard | null, lang: Lang, problem: string | null): TabSpec {
  if (!card) {
    return { blocks: [{ header: [problem ?? bi(lang, 'KPI не рассчитаны', 'KPIs were not computed')], kinds: ['text'], rows: [] }], frozenRows: 0 };
  }
  const blocks: Block[] = [];
  const header = [
    bi(lang, 'Менеджер', 'Manager'),
    'KPI',
    bi(lang, 'План', 'Plan'),
    bi(lang, 'Факт', 'Fact'),
    bi(lang, '% плана', '% of plan'),
    bi(lang, 'Базовый период', 'Base period'),
    bi(lang, 'Изменение', 'Change'),
    bi(lang, 'Единица', 'Unit'),
    bi(lang, 'Числитель', 'Numerator'),
    bi(lang, 'Знаменатель', 'Denominator'),
    bi(lang, 'Клиентов', 'Customers'),
    bi(lang, 'Клиенты', 'Customer ids'),
    bi(lang, 'Примечание', 'Note'),
  ];
  for (const role of ROLES) {
    const rows: OutCell[][] = card.rows
      .filter((r) => r.role === role)
      .map((r) => {
        const unit = r.fact.unit;
        const who = r.team ? bi(lang, 'Вся команда', 'Whole team') : (r.manager ?? bi(lang, '(без менеджера)', '(no manager)'));
        return [
          who,
          KPI_INFO[r.kpi][lang],
          shown(r.plan, unit),
          shown(r.fact.value, unit),
          r.percentOfPlan === null ? null : r.percentOfPlan / 100,
          shown(r.base.value, unit),
          shown(r.change, r.changeUnit),
          unitText(unit, lang),
          unit === 'money' || unit === 'money-per-customer' ? r.fact.numerator / 100 : r.fact.numerator,
          r.fact.denominator,
          r.fact.customerIds.length,
          idsText(r.fact.customerIds),
          note(r.fact, lang),
        ];
      });
    if (rows.length === 0) continue;
    blocks.push({
      title: `${ROLE_NAMES[role][lang]} · ${card.period.label} ${bi(lang, 'против', 'vs')} ${card.base.label}`,
      header,
      kinds: ['text', 'text', 'decimal', 'decimal', 'percent', 'decimal', 'decimal', 'text', 'decimal', 'decimal', 'integer', 'text', 'text'],
      rows,
    });
  }
  return { blocks, frozenRows: 0, widths: [170, 240, 90, 90, 80, 110, 90, 120, 100, 100, 80, 300, 300] };
}
