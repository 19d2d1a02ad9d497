import { isoFromDay, type BilingualText, type MigrationMatrix } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { tr, type Text } from '../i18n';

const T = {
  title: { ru: 'Миграция сегментов', en: 'Segment migration' },
  customers: { ru: 'Клиенты: строки — сегмент на начало, столбцы — на конец', en: 'Customers: rows = segment at the start, columns = at the end' },
  revenue: { ru: 'Выручка за интервал по тем же ячейкам', en: 'Revenue in the interval, same cells' },
  fromTo: { ru: 'начало \\ конец', en: 'start \\ end' },
  total: { ru: 'Итого', en: 'Total' },
  newRow: { ru: 'новые клиенты (без покупок до начала)', en: 'new customers (no purchase before the start)' },
  summary: { ru: 'На начало {s} + новых {n} = на конец {e}. Остались {st}, выше {up}, ниже {down}, новые {nw}.', en: 'At the start {s} + new {n} = at the end {e}. Stayed {st}, up {up}, down {down}, new {nw}.' },
  unscored: { ru: 'Клиенты без покупок (только возвраты) за интервал: {n}, выручка {r}', en: 'Customers with only refunds in the interval: {n}, revenue {r}' },
} satisfies Record<string, Text>;

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/**
 * Two text matrices (customers, revenue) and the movement summary, segments under their display names in
 * the language (`names`: core's segmentDisplayNames; a segment without one shows its key).
 */
export function renderMigrationTable(m: MigrationMatrix, lang: Lang, names: ReadonlyMap<string, BilingualText> = new Map()): string {
  const segmentName = (s: string) => names.get(s)?.[lang] ?? s;
  const rowName = (r: string) => (r === 'new' ? tr(lang, T.newRow) : segmentName(r));
  const cell = (from: string, to: string) => m.cells.find((c) => c.from === from && c.to === to);
  const rows = m.rows.filter((r) => m.cells.some((c) => c.from === r));
  const cols = [{ title: tr(lang, T.fromTo) }, ...m.columns.map((c) => ({ title: segmentName(c), align: 'right' as const })), { title: tr(lang, T.total), align: 'right' as const }];
  const matrix = (value: (from: string, to: string) => number, fmt: (v: number) => string) => {
    const body = rows.map((r) => [rowName(r), ...m.columns.map((c) => (cell(r, c) ? fmt(value(r, c)) : '')), fmt(m.columns.reduce((s, c) => s + (cell(r, c) ? value(r, c) : 0), 0))]);
    const total = [tr(lang, T.total), ...m.columns.map((c) => fmt(rows.reduce((s, r) => s + (cell(r, c) ? value(r, c) : 0), 0))), fmt(rows.reduce((s, r) => s + m.columns.reduce((t, c) => t + (cell(r, c) ? value(r, c) : 0), 0), 0))];
    return renderTable(cols, body, total);
  };
  const out = [
    `${tr(lang, T.title)}: ${isoFromDay(m.from)} → ${isoFromDay(m.to)}`,
    fill(tr(lang, T.summary), {
      s: String(m.startCustomers), n: String(m.newCustomers), e: String(m.endCustomers),
      st: pct(m.shares.stayed), up: pct(m.shares.up), down: pct(m.shares.down), nw: pct(m.shares.new),
    }),
    '', tr(lang, T.customers), matrix((f, t) => cell(f, t)!.customers, String),
    '', tr(lang, T.revenue), matrix((f, t) => cell(f, t)!.revenueCents, (v) => formatMoney(v, lang)),
  ];
  if (m.unscoredCustomerIds.length > 0) {
    out.push('', fill(tr(lang, T.unscored), { n: String(m.unscoredCustomerIds.length), r: formatMoney(m.unscoredRevenueCents, lang) }));
  }
  return `${out.join('\n')}\n`;
}

/** One CSV line per non-empty cell, with its customers separated by spaces. */
export function migrationCsv(m: MigrationMatrix): string {
  return renderCsv(
    ['from_date', 'to_date', 'from_segment', 'to_segment', 'movement', 'customers', 'revenue', 'customer_ids'],
    m.cells.map((c) => [isoFromDay(m.from), isoFromDay(m.to), c.from, c.to, c.movement, c.customers, (c.revenueCents / 100).toFixed(2), c.customerIds.join(' ')]),
  );
}

/** The matrix as JSON with ISO dates. */
export function migrationJson(m: MigrationMatrix): Record<string, unknown> {
  return { fromIso: isoFromDay(m.from), toIso: isoFromDay(m.to), ...m };
}
