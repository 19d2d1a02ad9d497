import type { KpiId, KpiUnit, Role } from './types';

/**
 * The KPIs on each role's scorecard, in display order.
 * @example ROLE_KPIS.success[0] // → "nrr"
 */
export const ROLE_KPIS: Readonly<Record<Role, readonly KpiId[]>> = {
  marketing: ['reactivation', 'f-growth', 'm-uplift', 'moved-up', 'moved-down'],
  sales: ['lead-conversion', 'win-rate', 'aov-new', 'aov-existing', 'weighted-revenue'],
  success: ['nrr', 'grr', 'churn', 'cross-sell', 'upsell', 'account-health'],
};

/** All roles in display order. */
export const ROLES: readonly Role[] = ['marketing', 'sales', 'success'];

/** Static facts about a KPI: its unit, whether lower is better, and its names. */
export interface KpiInfo {
  unit: KpiUnit;
  lowerIsBetter: boolean;
  ru: string;
  en: string;
}

/**
 * Unit, direction and display names of every KPI.
 * @example KPI_INFO.churn.lowerIsBetter // → true
 */
export const KPI_INFO: Readonly<Record<KpiId, KpiInfo>> = {
  reactivation: { unit: '%', lowerIsBetter: false, ru: 'Реактивация спящих', en: 'Reactivation of lapsed' },
  'f-growth': { unit: '%', lowerIsBetter: false, ru: 'Прирост частоты (F)', en: 'Frequency (F) growth' },
  'm-uplift': { unit: 'money-per-customer', lowerIsBetter: false, ru: 'Прирост выручки на клиента (M)', en: 'Revenue uplift per customer (M)' },
  'moved-up': { unit: '%', lowerIsBetter: false, ru: 'Доля перешедших выше', en: 'Share moved up' },
  'moved-down': { unit: '%', lowerIsBetter: true, ru: 'Доля перешедших ниже', en: 'Share moved down' },
  'lead-conversion': { unit: '%', lowerIsBetter: false, ru: 'Конверсия лидов', en: 'Lead conversion' },
  'win-rate': { unit: '%', lowerIsBetter: false, ru: 'Win rate', en: 'Win rate' },
  'aov-new': { unit: 'money', lowerIsBetter: false, ru: 'Средний чек новых', en: 'AOV, new customers' },
  'aov-existing': { unit: 'money', lowerIsBetter: false, ru: 'Средний чек действующих', en: 'AOV, existing customers' },
  'weighted-revenue': { unit: 'money', lowerIsBetter: false, ru: 'Выручка с весами сегментов', en: 'Segment-weighted revenue' },
  nrr: { unit: '%', lowerIsBetter: false, ru: 'NRR', en: 'NRR' },
  grr: { unit: '%', lowerIsBetter: false, ru: 'GRR', en: 'GRR' },
  churn: { unit: '%', lowerIsBetter: true, ru: 'Отток', en: 'Churn' },
  'cross-sell': { unit: '%', lowerIsBetter: false, ru: 'Кросс-селл', en: 'Cross-sell' },
  upsell: { unit: '%', lowerIsBetter: false, ru: 'Апсейл', en: 'Upsell' },
  'account-health': { unit: 'score', lowerIsBetter: false, ru: 'Здоровье аккаунта', en: 'Account health' },
};

/**
 * The role whose scorecard carries a KPI.
 * @example roleOfKpi('churn') // → "success"
 */
export function roleOfKpi(id: KpiId): Role {
  for (const r of ROLES) if (ROLE_KPIS[r].includes(id)) return r;
  return 'marketing';
}
