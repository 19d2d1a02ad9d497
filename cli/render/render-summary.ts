import type { ReconciliationLine, RfmRun, SegmentSummary } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber, formatPercent } from '../format/format-number';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { label } from './labels';

const dash = '—';

/** The segment table as aligned text: one row per segment, the reconciliation lines and the total. */
export function renderSummaryTable(summary: SegmentSummary, lang: Lang, title = label(lang, 'segment')): string {
  const money = (c: number | null): string => (c === null ? dash : formatMoney(c, lang));
  const pct = (s: number | null): string => (s === null ? dash : formatPercent(s, lang));
  const rows = summary.rows.map((r) => [
    r.names[lang],
    formatNumber(r.customers, lang),
    pct(r.customerShare),
    money(r.revenueCents),
    pct(r.revenueShare),
    formatNumber(r.orders, lang),
    money(r.averageCheckCents),
    r.ordersPerCustomer === null ? dash : formatNumber(r.ordersPerCustomer, lang, 2),
    r.medianRecencyDays === null ? dash : formatNumber(r.medianRecencyDays, lang, 1),
  ]);
  const line = (name: string, l: ReconciliationLine, showCustomers: boolean): string[] => [
    name,
    showCustomers ? formatNumber(l.customers, lang) : '',
    '',
    money(l.revenueCents),
    '',
    formatNumber(l.orders, lang),
    '',
    '',
    '',
  ];
  if (summary.notScored.customers || summary.notScored.revenueCents || summary.notScored.orders) rows.push(line(label(lang, 'notScored'), summary.notScored, true));
  if (summary.beforeWindow.revenueCents || summary.beforeWindow.orders) rows.push(line(label(lang, 'beforeWindow'), summary.beforeWindow, false));
  if (summary.afterAsOf.revenueCents || summary.afterAsOf.orders) rows.push(line(label(lang, 'afterAsOf'), summary.afterAsOf, false));
  const table = renderTable(
    [
      { title },
      { title: label(lang, 'customers'), align: 'right' },
      { title: label(lang, 'customerShare'), align: 'right' },
      { title: label(lang, 'revenue'), align: 'right' },
      { title: label(lang, 'revenueShare'), align: 'right' },
      { title: label(lang, 'orders'), align: 'right' },
      { title: label(lang, 'averageCheck'), align: 'right' },
      { title: label(lang, 'ordersPerCustomer'), align: 'right' },
      { title: label(lang, 'medianRecency'), align: 'right' },
    ],
    rows,
    line(label(lang, 'total'), summary.total, true),
  );
  const check = summary.reconciles ? `✓ ${label(lang, 'reconciles')}` : `✗ ${label(lang, 'notReconciles')} (${money(summary.ledgerNetCents)})`;
  return `${table}\n${check}`;
}

/** One JSON-ready object per segment, then the reconciliation lines (`kind` tells them apart). Money in currency units and cents. */
export function summaryJson(run: RfmRun, lang: Lang): object[] {
  const s = run.summary;
  const rows: object[] = s.rows.map((r) => ({
    kind: 'segment',
    segment: r.group,
    name: r.names[lang],
    customers: r.customers,
    customerShare: r.customerShare,
    revenue: r.revenueCents / 100,
    revenueCents: r.revenueCents,
    revenueShare: r.revenueShare,
    orders: r.orders,
    averageCheck: r.averageCheckCents === null ? null : r.averageCheckCents / 100,
    ordersPerCustomer: r.ordersPerCustomer,
    medianRecencyDays: r.medianRecencyDays,
  }));
  const line = (kind: string, l: ReconciliationLine): object => ({
    kind,
    customers: l.customers,
    revenue: l.revenueCents / 100,
    revenueCents: l.revenueCents,
    orders: l.orders,
  });
  rows.push(line('not-scored', s.notScored), line('before-window', s.beforeWindow), line('after-as-of', s.afterAsOf));
  rows.push({ ...line('total', s.total), ledgerNetCents: s.ledgerNetCents, reconciles: s.reconciles });
  return rows;
}

/** The segment table as CSV (same rows as {@link summaryJson}). */
export function summaryCsv(run: RfmRun, lang: Lang): string {
  const header = ['kind', 'segment', 'name', 'customers', 'customer_share', 'revenue', 'revenue_share', 'orders', 'average_check', 'orders_per_customer', 'median_recency_days'];
  const rows = summaryJson(run, lang).map((o) => {
    const r = o as Record<string, unknown>;
    return [r.kind, r.segment, r.name, r.customers, r.customerShare, r.revenue, r.revenueShare, r.orders, r.averageCheck, r.ordersPerCustomer, r.medianRecencyDays];
  });
  return renderCsv(header, rows);
}
