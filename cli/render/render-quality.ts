import type { QualityReport } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber, formatPercent } from '../format/format-number';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { ACCOUNTS, countOf, ROWS } from '../i18n';
import type { AboveHeader } from '../../core/ledger';

/** Rows named per check (duplicates, future dates, zero amounts) in the table form; JSON has the same samples. */
const SAMPLE_SHOWN = 10;

/** Money in currency units (as the quality report gives it) for display. */
function units(value: number, lang: Lang): string {
  return formatMoney(Math.round(value * 100), lang);
}

/**
 * The data-quality totals in a few lines: rows used + rejected + excluded = total, customers, orders,
 * merges, and the reconciliation line (difference expected 0.00). The demo prints exactly this.
 */
export function renderQualityTotals(q: QualityReport, lang: Lang): string {
  const n = (x: number): string => formatNumber(x, lang);
  const r = q.reconciliation;
  const ok = Math.round(r.difference * 100) === 0;
  if (lang === 'ru') {
    return [
      `Строки: ${n(q.totalRows)} = ${n(q.usedRows)} в реестре + ${n(q.rejectedRows)} отклонено + ${n(q.excludedRows)} исключено (не оплачено)` +
        (q.blankRows ? `; пустых строк пропущено: ${n(q.blankRows)}` : ''),
      `Клиенты: ${n(q.customers)} (объединений по e-mail/телефону: ${n(q.merges.length)}) · заказы: ${n(q.orders)}, из них покупок: ${n(q.purchases)}`,
      `Сверка: на входе ${units(r.inputTotal, lang)} − отклонено ${units(r.rejectedTotal, lang)} − исключено ${units(r.excludedTotal, lang)} = выручка реестра ${units(r.ledgerNet, lang)}; расхождение ${units(r.difference, lang)} ${ok ? '✓' : '✗'}`,
    ].join('\n');
  }
  return [
    `Rows: ${n(q.totalRows)} = ${n(q.usedRows)} used + ${n(q.rejectedRows)} rejected + ${n(q.excludedRows)} excluded (unpaid)` +
      (q.blankRows ? `; blank rows skipped: ${n(q.blankRows)}` : ''),
    `Customers: ${n(q.customers)} (merged by e-mail/phone: ${n(q.merges.length)}) · orders: ${n(q.orders)}, of which purchases: ${n(q.purchases)}`,
    `Reconciliation: input ${units(r.inputTotal, lang)} − rejected ${units(r.rejectedTotal, lang)} − excluded ${units(r.excludedTotal, lang)} = ledger net ${units(r.ledgerNet, lang)}; difference ${units(r.difference, lang)} ${ok ? '✓' : '✗'}`,
  ].join('\n');
}

/**
 * The full data-quality report as text: totals, title lines passed over above the header, checks,
 * completeness per field, rejections by reason, the first rejected rows.
 */
export function renderQualityReport(q: QualityReport, lang: Lang, listLimit = 20, aboveHeader: readonly AboveHeader[] = []): string {
  const ru = lang === 'ru';
  const n = (x: number): string => formatNumber(x, lang);
  const out: string[] = [renderQualityTotals(q, lang)];
  if (aboveHeader.length > 0) {
    const lines = aboveHeader.map((a) => (ru ? `${a.row}: «${a.text}»` : `${a.row}: "${a.text}"`)).join('; ');
    const count = countOf(lang, aboveHeader.length, ROWS.ru, ROWS.en);
    out.push(ru ? `Над заголовком пропущено: ${count} (${lines})` : `Passed over above the header: ${count} (${lines})`);
  }
  out.push('');
  const checks: string[] = [];
  checks.push(
    ru
      ? `Возвраты: ${countOf(lang, q.refunds.rows, ROWS.ru, ROWS.en)} на ${units(q.refunds.total, lang)}; заказов с суммой ≤ 0 (не покупки): ${n(q.nonPurchaseOrders)}`
      : `Refund rows: ${n(q.refunds.rows)} totalling ${units(q.refunds.total, lang)}; orders with net ≤ 0 (not purchases): ${n(q.nonPurchaseOrders)}`,
  );
  // Null only where a command showing no report skipped the check; said so rather than shown as 0.
  const duplicateRows = q.duplicates === null ? (ru ? 'не проверялись' : 'not checked') : n(q.duplicates.rows);
  checks.push(
    ru
      ? `Дубликаты строк (оставлены, проверьте): ${duplicateRows} · нулевые суммы: ${n(q.zeroAmounts.rows)}` +
          (q.futureDates ? ` · даты позже ${q.futureDates.today}: ${n(q.futureDates.rows)}` : '')
      : `Duplicate rows (kept, check them): ${duplicateRows} · zero amounts: ${n(q.zeroAmounts.rows)}` +
          (q.futureDates ? ` · dated after ${q.futureDates.today}: ${n(q.futureDates.rows)}` : ''),
  );
  // Where to look: the first rows of each check (source row numbers, header = 1).
  const more = (total: number, shown: number): string => (total > shown ? (ru ? ` … (ещё ${n(total - shown)})` : ` … (+${n(total - shown)})`) : '');
  const rowList = (rows: number[], total: number): string =>
    (total === 1 ? (ru ? 'строка ' : 'row ') : ru ? 'строки ' : 'rows ') + rows.join(', ') + more(total, rows.length);
  const dups = q.duplicates?.sample.slice(0, SAMPLE_SHOWN) ?? [];
  if (q.duplicates !== null && dups.length) {
    checks.push(
      (ru ? '  дубликаты: ' : '  duplicates: ') +
        dups.map((d) => (ru ? `строка ${d.row} = строка ${d.sameAs}` : `row ${d.row} = row ${d.sameAs}`)).join(', ') +
        more(q.duplicates.rows, dups.length) +
        (q.duplicates.rows > dups.length ? (ru ? '; все: --format csv' : '; all of them: --format csv') : ''),
    );
  }
  if (q.futureDates && q.futureDates.sampleRows.length) {
    const rows = q.futureDates.sampleRows.slice(0, SAMPLE_SHOWN);
    checks.push(`  ${ru ? `даты позже ${q.futureDates.today}` : `dated after ${q.futureDates.today}`}: ${rowList(rows, q.futureDates.rows)}`);
  }
  if (q.zeroAmounts.sampleRows.length) {
    const rows = q.zeroAmounts.sampleRows.slice(0, SAMPLE_SHOWN);
    checks.push(`  ${ru ? 'нулевые суммы' : 'zero amounts'}: ${rowList(rows, q.zeroAmounts.rows)}`);
  }
  if (q.multiLineRows.rows > 0) {
    const shown = q.multiLineRows.sample.slice(0, SAMPLE_SHOWN);
    const list =
      shown.map((m) => (ru ? `строка ${m.row} (строки файла ${m.row}–${m.lastLine})` : `row ${m.row} (lines ${m.row}–${m.lastLine})`)).join(', ') +
      more(q.multiLineRows.rows, shown.length);
    checks.push(
      ru
        ? `Строки таблицы на нескольких строках файла (перенос строки внутри кавычек): ${n(q.multiLineRows.rows)} — ${list}. Если переносов в ячейках быть не должно, проверьте кавычки: незакрытая кавычка склеивает строки до следующей кавычки.`
        : `Rows spanning several lines of the file (a line break inside quotes): ${n(q.multiLineRows.rows)} — ${list}. If your cells have no line breaks, check the quotes: a quote left open joins the lines up to the next quote.`,
    );
  }
  /** A heading and, under it, the first rows of each check that found any (nothing when none did). */
  const rowGroup = (heading: string, parts: [string, { rows: number; sampleRows: number[] }][]): void => {
    const found = parts.filter(([, sample]) => sample.rows > 0);
    if (found.length === 0) return;
    checks.push(heading);
    for (const [label, sample] of found) checks.push(`  ${label}: ${rowList(sample.sampleRows, sample.rows)}`);
  };
  rowGroup(
    ru ? 'Округлены Excel (вида 1,23457E+11; сделайте столбцы текстовыми и выгрузите заново), не использованы:' : 'Rounded by Excel (like 1.23457E+11; format the columns as text and export again), not used:',
    [
      [ru ? 'телефоны (клиенты по ним не объединялись)' : 'phones (no customers merged by them)', q.roundedByExcel.phone],
      [ru ? 'номера заказов (каждая строка — свой заказ)' : 'order ids (each row is an order of its own)', q.roundedByExcel.order],
    ],
  );
  if (q.amountCurrencies.length >= 2) {
    const list = q.amountCurrencies
      .map((c) => `${c.currency} — ${countOf(lang, c.rows, ROWS.ru, ROWS.en)}, ${units(c.total, lang)} (${ru ? 'например, строка' : 'e.g. row'} ${c.sampleRow})`)
      .join('; ');
    checks.push(
      ru
        ? `⚠ Суммы в ${q.amountCurrencies.length} валютах сложены как одна: ${list}. Оставьте в файле одну валюту или пересчитайте суммы заранее.`
        : `⚠ Amounts in ${q.amountCurrencies.length} currencies were added up as one: ${list}. Keep one currency in the file, or convert the amounts first.`,
    );
  }
  if (q.sharedContacts.length > 0) {
    const shown = q.sharedContacts.slice(0, SAMPLE_SHOWN);
    checks.push(
      (ru
        ? 'Общие контакты (телефон магазина, почта менеджера?), клиентов не объединяли: '
        : "Shared contacts (a shop's phone, a manager's e-mail?), merged no customers: ") +
        shown.map((c) => `${c.value} — ${countOf(lang, c.accounts, ACCOUNTS.ru, ACCOUNTS.en)}`).join('; ') +
        more(q.sharedContacts.length, shown.length),
    );
  }
  rowGroup(ru ? 'Контакты-заглушки, клиенты по ним не объединялись:' : 'Placeholder contacts, no customers merged by them:', [
    [ru ? 'e-mail (noemail@…, test@test.ru…)' : 'e-mails (noemail@…, test@test.ru…)', q.placeholderContacts.email],
    [ru ? 'телефоны (+7 000 000-00-00, 1234567…)' : 'phones (+7 000 000-00-00, 1234567…)', q.placeholderContacts.phone],
  ]);
  const w = q.withoutCustomerId;
  checks.push(
    ru
      ? `Без ID клиента: ${countOf(lang, w.rows, ROWS.ru, ROWS.en)} (привязаны по контакту: ${n(w.attachedByContact)}), ${units(w.total, lang)} = ${formatPercent(w.revenueShare, lang, false, 2)} выручки`
      : `Without a customer id: ${countOf(lang, w.rows, ROWS.ru, ROWS.en)} (attached by contact: ${n(w.attachedByContact)}), ${units(w.total, lang)} = ${formatPercent(w.revenueShare, lang, false, 2)} of revenue`,
  );
  out.push(...checks, '');
  if (q.completeness.length === 0) {
    // Not counted: the report was made by a caller that shows none (qualityChecks: false).
    out.push(ru ? 'Заполненность полей: не проверялась' : 'Completeness: not checked');
  } else out.push(...completenessLines(q, lang));
  if (q.rejectedByReason.length) {
    out.push('', ru ? 'Отклонённые строки по причинам:' : 'Rejected rows by reason:');
    out.push(
      renderTable(
        [{ title: ru ? 'Строк' : 'Rows', align: 'right' }, { title: ru ? 'Столбец' : 'Column' }, { title: ru ? 'Причина' : 'Reason' }],
        q.rejectedByReason.map((g) => [n(g.rows), g.column, g.reason]),
      ),
    );
    const shown = q.rejected.slice(0, listLimit);
    out.push('', ru ? `Первые отклонённые строки (все: --format csv или json):` : `First rejected rows (all of them: --format csv or json):`);
    out.push(
      renderTable(
        [{ title: ru ? 'Строка' : 'Row', align: 'right' }, { title: ru ? 'Столбец' : 'Column' }, { title: ru ? 'Значение' : 'Value' }, { title: ru ? 'Причина' : 'Reason' }],
        shown.map((x) => [String(x.row), x.column, JSON.stringify(x.value), x.reason]),
      ),
    );
  }
  if (q.merges.length) {
    out.push('', ru ? `Объединения клиентов (первые ${Math.min(listLimit, q.merges.length)} из ${n(q.merges.length)}):` : `Identity merges (first ${Math.min(listLimit, q.merges.length)} of ${n(q.merges.length)}):`);
    out.push(
      renderTable(
        [{ title: ru ? 'Оставлен' : 'Kept' }, { title: ru ? 'Присоединён' : 'Merged' }, { title: ru ? 'По' : 'Via' }, { title: ru ? 'Значение' : 'Value' }],
        q.merges.slice(0, listLimit).map((m) => [m.into, m.from, m.via, m.value]),
      ),
    );
  }
  return out.join('\n');
}

/**
 * `quality --format csv`: one line per row that needs a look, in row order: rejected and excluded rows (row,
 * outcome, column, raw value, reason) and duplicate rows (kept, with the row each repeats); formula-safe.
 */
export function qualityCsv(q: QualityReport, lang: Lang): string {
  const rows: unknown[][] = [
    ...q.rejected.map((x) => [x.row, 'rejected', x.column, x.value, x.reason]),
    ...q.excluded.map((x) => [x.row, 'excluded', '', '', x.reason]),
    ...(q.duplicates?.sample ?? []).map((d) => [d.row, 'duplicate', '', '', lang === 'ru' ? `повторяет строку ${d.sameAs} (учтена)` : `repeats row ${d.sameAs} (kept)`]),
    ...q.multiLineRows.sample.map((m) => [
      m.row,
      'multi-line',
      '',
      '',
      lang === 'ru' ? `занимает строки файла ${m.row}–${m.lastLine} (перенос строки внутри кавычек)` : `spans lines ${m.row}–${m.lastLine} of the file (a line break inside quotes)`,
    ]),
  ].sort((a, b) => (a[0] as number) - (b[0] as number));
  return renderCsv(['row', 'outcome', 'column', 'value', 'reason'], rows);
}

/** The completeness line (whether the required fields meet the SLA) and the table of every mapped field's empty cells. */
function completenessLines(q: QualityReport, lang: Lang): string[] {
  const ru = lang === 'ru';
  const n = (x: number): string => formatNumber(x, lang);
  const out: string[] = [];
  const slaShare = q.completeness.find((c) => c.sla !== null)?.sla ?? 0.02;
  const sla = formatPercent(slaShare, lang, false, slaShare * 100 === Math.round(slaShare * 100) ? 0 : 1);
  out.push(
    (ru ? `Заполненность полей (SLA: не более ${sla} пустых в обязательных): ` : `Completeness (SLA: at most ${sla} empty in required fields): `) +
      (q.completenessPass ? '✓' : '✗'),
  );
  out.push(
    renderTable(
      [
        { title: ru ? 'Поле' : 'Field' },
        { title: ru ? 'Столбец' : 'Column' },
        { title: ru ? 'Пусто' : 'Empty', align: 'right' },
        { title: ru ? 'Доля' : 'Share', align: 'right' },
        { title: 'SLA', align: 'right' },
      ],
      q.completeness.map((c) => [
        c.field + (c.required ? '*' : ''),
        c.column,
        n(c.emptyRows),
        formatPercent(c.emptyShare, lang, false, 2),
        c.sla === null ? '' : `${formatPercent(c.sla, lang, false, 0)} ${c.pass ? '✓' : '✗'}`,
      ]),
    ),
  );
  return out;
}
