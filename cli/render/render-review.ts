import { isoFromDay, KPI_INFO, type Review } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { countOf, tr, type Text } from '../i18n';

const T = {
  title: { ru: 'Проверка на «игры» с КПЭ (только список для ручной проверки, ничего не исправлено)', en: 'Anti-gaming review (a list for manual review; nothing was corrected)' },
  split: { ru: 'Возможное дробление заказов', en: 'Possible order splitting' },
  mismatch: { ru: 'Сегмент лида не совпадает с сегментом на дату создания', en: 'Lead segment differs from the segment at creation' },
  moves: { ru: 'Сделки, перенесённые между менеджерами или сегментами', en: 'Deals moved between managers or segments' },
  concentration: { ru: 'Концентрация на «лёгком» сегменте', en: 'Concentration on an easy segment' },
  none: { ru: 'не найдено', en: 'none found' },
  customer: { ru: 'Клиент', en: 'Customer' },
  manager: { ru: 'Менеджер', en: 'Manager' },
  orders: { ru: 'Заказы', en: 'Orders' },
  date: { ru: 'Дата', en: 'Date' },
  hours: { ru: 'Часов', en: 'Hours' },
  sum: { ru: 'Сумма', en: 'Sum' },
  usual: { ru: 'Обычный заказ', en: 'Usual order' },
  rows: { ru: 'Строки', en: 'Rows' },
  lead: { ru: 'Лид', en: 'Lead' },
  recorded: { ru: 'Записан', en: 'Recorded' },
  atCreation: { ru: 'На дату создания', en: 'At creation' },
  kind: { ru: 'Что', en: 'What' },
  from: { ru: 'Было', en: 'From' },
  to: { ru: 'Стало', en: 'To' },
} satisfies Record<string, Text>;

const section = (lang: Lang, title: Text, n: number) =>
  `\n== ${tr(lang, title)}: ${n === 0 ? tr(lang, T.none) : countOf(lang, n, { one: 'случай', few: 'случая', many: 'случаев' }, { one: 'case', other: 'cases' })} ==`;

/** The review as text: four sections, each a table or "none found". */
export function renderReviewTable(r: Review, lang: Lang): string {
  const out = [`${tr(lang, T.title)}`, `${r.period.label}: ${isoFromDay(r.period.start)} … ${isoFromDay(r.period.end - 1)}`];
  out.push(section(lang, T.split, r.splitOrders.length));
  if (r.splitOrders.length) {
    out.push(renderTable(
      [{ title: tr(lang, T.customer) }, { title: tr(lang, T.manager) }, { title: tr(lang, T.orders) }, { title: tr(lang, T.date) },
        { title: tr(lang, T.hours), align: 'right' }, { title: tr(lang, T.sum), align: 'right' }, { title: tr(lang, T.usual), align: 'right' }, { title: tr(lang, T.rows) }],
      r.splitOrders.map((f) => [f.customerId, f.manager ?? '—', f.orderIds.join(', '), isoFromDay(f.day), String(Math.round(f.spanHours * 10) / 10), formatMoney(f.sumCents, lang), formatMoney(f.usualCents, lang), f.rows.join(', ')]),
    ));
  }
  out.push(section(lang, T.mismatch, r.leadSegmentMismatches.length));
  if (r.leadSegmentMismatches.length) {
    out.push(renderTable(
      [{ title: tr(lang, T.lead) }, { title: tr(lang, T.customer) }, { title: tr(lang, T.manager) }, { title: tr(lang, T.date) }, { title: tr(lang, T.recorded) }, { title: tr(lang, T.atCreation) }, { title: tr(lang, T.rows) }],
      r.leadSegmentMismatches.map((m) => [m.leadId, m.customerId, m.manager ?? '—', isoFromDay(m.created), m.recordedSegment, m.segmentAtCreation, String(m.row)]),
    ));
  }
  out.push(section(lang, T.moves, r.leadMoves.length));
  if (r.leadMoves.length) {
    out.push(renderTable(
      [{ title: tr(lang, T.lead) }, { title: tr(lang, T.customer) }, { title: tr(lang, T.kind) }, { title: tr(lang, T.from) }, { title: tr(lang, T.to) }, { title: tr(lang, T.rows) }],
      r.leadMoves.map((m) => [m.leadId, m.customerId, m.kind === 'manager' ? tr(lang, T.manager) : 'segment', m.from ?? '—', m.to ?? '—', m.rows.join(' → ')]),
    ));
  }
  out.push(section(lang, T.concentration, r.concentration.length));
  for (const c of r.concentration) out.push(`  ${c.message[lang]}`);
  return `${out.join('\n')}\n`;
}

/** One CSV line per finding: kind, who, what, rows. */
export function reviewCsv(r: Review, lang: Lang): string {
  const rows: unknown[][] = [
    ...r.splitOrders.map((f) => ['split-orders', f.customerId, f.manager ?? '', isoFromDay(f.day), f.orderIds.join(' '), (f.sumCents / 100).toFixed(2), (f.usualCents / 100).toFixed(2), f.rows.join(' '), '']),
    ...r.leadSegmentMismatches.map((m) => ['lead-segment', m.customerId, m.manager ?? '', isoFromDay(m.created), m.leadId, m.recordedSegment, m.segmentAtCreation, String(m.row), '']),
    ...r.leadMoves.map((m) => [`lead-moved-${m.kind}`, m.customerId, '', '', m.leadId, m.from ?? '', m.to ?? '', m.rows.join(' '), '']),
    ...r.concentration.map((c) => ['concentration', '', c.manager ?? '', '', KPI_INFO[c.kpi].en, c.segment, c.sharePct.toFixed(1), '', c.message[lang]]),
  ];
  return renderCsv(['kind', 'customer', 'manager', 'date', 'what', 'from_or_sum', 'to_or_usual', 'rows', 'message'], rows);
}
