/**
 * The Customers tab: one row per scored customer with metrics, scores, code, segment, track, sleep
 * boundary and suggested action — straight from core's run.
 */
import type { RfmRun } from '../../../core/index';
import { bi } from '../i18n';
import { type OutCell, serialFromDay, type TabSpec } from '../sheet-io';
import { actionText, money, type TabContext } from './context';

/** Builds the Customers tab from a run. */
export function customersTab(run: RfmRun, ctx: TabContext): TabSpec {
  const { lang } = ctx;
  const header = [
    bi(lang, 'Клиент', 'Customer'),
    bi(lang, 'Имя', 'Name'),
    bi(lang, 'Менеджер', 'Manager'),
    bi(lang, 'Последняя покупка', 'Last purchase'),
    bi(lang, 'Давность, дней', 'Recency, days'),
    bi(lang, 'Покупок в окне', 'Purchases in window'),
    bi(lang, 'Выручка в окне', 'Revenue in window'),
    'R',
    'F',
    'M',
    bi(lang, 'Код', 'Code'),
    bi(lang, 'Сегмент', 'Segment'),
    bi(lang, 'Трек', 'Track'),
    bi(lang, 'Граница засыпания, дней', 'Sleep boundary, days'),
    bi(lang, 'Дней до границы', 'Days to boundary'),
    bi(lang, 'Рекомендуемое действие', 'Suggested action'),
  ];
  const rows: OutCell[][] = run.customers.map((c) => [
    c.customerId,
    c.name,
    c.manager,
    serialFromDay(c.lastPurchaseDay),
    c.recencyDays,
    c.frequency,
    money(c.monetaryCents),
    c.r,
    c.f,
    c.m,
    c.code,
    ctx.segmentName(c.segment),
    ctx.trackName(c.track),
    c.boundaryDays,
    c.daysToBoundary,
    actionText(c.action, lang),
  ]);
  return {
    blocks: [
      {
        header,
        kinds: ['text', 'text', 'text', 'date', 'integer', 'integer', 'money', 'score', 'score', 'score', 'text', 'text', 'text', 'integer', 'integer', 'text'],
        rows,
        scoreColumns: [7, 8, 9],
      },
    ],
    frozenRows: 1,
    scale: run.scale,
    widths: [140, 180, 140, 110, 90, 90, 120, 40, 40, 40, 80, 170, 150, 110, 100, 420],
  };
}
