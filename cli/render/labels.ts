import type { Lang } from '../context';
import type { Text } from '../i18n';

/** Every label the CLI's tables print, in Russian and English. */
export const L = {
  segment: { ru: 'Сегмент', en: 'Segment' },
  customers: { ru: 'Клиенты', en: 'Customers' },
  customerShare: { ru: '% клиентов', en: '% cust.' },
  revenue: { ru: 'Выручка', en: 'Revenue' },
  revenueShare: { ru: '% выручки', en: '% rev.' },
  orders: { ru: 'Покупки', en: 'Purchases' },
  averageCheck: { ru: 'Средний чек', en: 'Avg check' },
  ordersPerCustomer: { ru: 'Покупок на клиента', en: 'Per customer' },
  medianRecency: { ru: 'Медиана давности, дн.', en: 'Median recency, d' },
  notScored: { ru: 'Без оценки (нет покупок до даты)', en: 'Not scored (no purchase before as-of)' },
  beforeWindow: { ru: 'Покупки до окна', en: 'Orders before the window' },
  afterAsOf: { ru: 'Покупки в дату расчёта и позже', en: 'Orders on/after the as-of date' },
  total: { ru: 'Итого = выручка реестра', en: 'Total = ledger net revenue' },
  reconciles: { ru: 'сходится с реестром до копейки', en: 'reconciles with the ledger to the cent' },
  notReconciles: { ru: 'НЕ сходится с реестром', en: 'does NOT reconcile with the ledger' },
  score: { ru: 'Балл', en: 'Score' },
  range: { ru: 'Диапазон', en: 'Range' },
  share: { ru: 'Доля', en: 'Share' },
  recency: { ru: 'R — дней с последней покупки', en: 'R — days since last purchase' },
  frequency: { ru: 'F — покупок в окне', en: 'F — purchases in the window' },
  monetary: { ru: 'M — выручка в окне', en: 'M — revenue in the window' },
  quantile: { ru: 'квантили (процентильный ранг)', en: 'quantile (percentile rank)' },
  thresholds: { ru: 'пороги', en: 'thresholds' },
  cuts: { ru: 'точки разреза', en: 'cut points' },
  status: { ru: 'Статус', en: 'Status' },
  approaching: { ru: 'скоро уснёт', en: 'approaching' },
  crossed: { ru: 'только что уснул', en: 'just crossed' },
  customer: { ru: 'Клиент', en: 'Customer' },
  name: { ru: 'Имя', en: 'Name' },
  manager: { ru: 'Менеджер', en: 'Manager' },
  daysSince: { ru: 'Дней без покупки', en: 'Days since' },
  daysLeft: { ru: 'Дней до границы', en: 'Days left' },
  boundary: { ru: 'Граница', en: 'Boundary' },
  atRisk: { ru: 'Под угрозой', en: 'Value at risk' },
  action: { ru: 'Действие', en: 'Action' },
  channel: { ru: 'Канал связи', en: 'Channel' },
  track: { ru: 'Трек', en: 'Track' },
  code: { ru: 'Код', en: 'Code' },
  recencyShort: { ru: 'Давность, дн.', en: 'Recency, d' },
  frequencyShort: { ru: 'Частота', en: 'Frequency' },
  monetaryShort: { ru: 'Сумма', en: 'Monetary' },
} satisfies Record<string, Text>;

/** A label in the language. */
export function label(lang: Lang, key: keyof typeof L): string {
  return L[key][lang];
}
