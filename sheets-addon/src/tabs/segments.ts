/**
 * The Segments tab: the segment table (customers, revenue and their shares, orders, average check,
 * orders per customer, median recency) with the lines that reconcile it to the ledger, the track table,
 * and a native chart of customers and revenue by segment.
 */
import type { RfmRun, SegmentSummary } from '../../../core/index';
import { bi, type Lang } from '../i18n';
import type { Block, ColumnKind, OutCell, TabSpec } from '../sheet-io';
import { money, type TabContext } from './context';

const KINDS: ColumnKind[] = ['text', 'integer', 'percent', 'money', 'percent', 'integer', 'money', 'decimal', 'decimal'];

function header(lang: Lang, first: string): string[] {
  return [
    first,
    bi(lang, 'Клиентов', 'Customers'),
    bi(lang, '% клиентов', '% of customers'),
    bi(lang, 'Выручка', 'Revenue'),
    bi(lang, '% выручки', '% of revenue'),
    bi(lang, 'Покупок', 'Purchases'),
    bi(lang, 'Средний чек', 'Average check'),
    bi(lang, 'Покупок на клиента', 'Purchases per customer'),
    bi(lang, 'Медиана давности, дней', 'Median recency, days'),
  ];
}

function table(summary: SegmentSummary, lang: Lang, title: string, first: string): Block {
  const rows: OutCell[][] = summary.rows.map((r) => [
    r.names[lang],
    r.customers,
    r.customerShare,
    money(r.revenueCents),
    r.revenueShare,
    r.orders,
    money(r.averageCheckCents),
    r.ordersPerCustomer,
    r.medianRecencyDays,
  ]);
  const line = (label: string, l: SegmentSummary['total']): OutCell[] => [label, l.customers, null, money(l.revenueCents), null, l.orders, null, null, null];
  rows.push(line(bi(lang, 'Без оценки (нет покупок до даты)', 'Not scored (no purchase before the as-of date)'), summary.notScored));
  rows.push(line(bi(lang, 'Заказы до окна', 'Orders before the window'), summary.beforeWindow));
  rows.push(line(bi(lang, 'Заказы на дату и позже', 'Orders on or after the as-of date'), summary.afterAsOf));
  rows.push(line(bi(lang, 'Итого (= реестр)', 'Total (= ledger)'), summary.total));
  return { title, header: header(lang, first), kinds: KINDS, rows, footerRows: 4 };
}

/** Builds the Segments tab from a run. */
export function segmentsTab(run: RfmRun, ctx: TabContext): TabSpec {
  const { lang } = ctx;
  const window =
    run.window.days === null
      ? bi(lang, 'окно: вся история', 'window: all history')
      : bi(lang, `окно: ${run.window.days} дн. с ${run.window.startIso}`, `window: ${run.window.days} days from ${run.window.startIso}`);
  const title = `${bi(lang, 'На дату', 'As of')} ${run.asOfIso} · ${window} · ${bi(lang, 'шкала', 'scale')} 1–${run.scale}`;
  return {
    blocks: [
      table(run.summary, lang, title, bi(lang, 'Сегмент', 'Segment')),
      table(run.trackSummary, lang, bi(lang, 'Треки', 'Tracks'), bi(lang, 'Трек', 'Track')),
    ],
    frozenRows: 0,
    widths: [260, 90, 90, 130, 90, 90, 120, 110, 120],
    chart: { block: 0, labelColumn: 0, seriesColumns: [1, 3], title: bi(lang, 'Клиенты и выручка по сегментам', 'Customers and revenue by segment') },
  };
}
