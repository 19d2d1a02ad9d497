/**
 * The Quality tab: the run log line at the top (when, rows, duration, warnings), then row totals, the
 * reconciliation line, warnings (rule table, scores, sleep boundary, completeness SLA, data checks), the
 * customers the run could not score, and the rejected rows with their row numbers in the source tab and reasons.
 */
import { type QualityReport, type RejectedRow, type UnscoredCustomer, UNSCORED_REASONS } from '../../../core/index';
import { bi, type Lang, plural, t } from '../i18n';

/** A share as a percentage with two decimals in the language's style: "2,50 %" / "2.50%". */
function pct(lang: Lang, share: number): string {
  const text = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(share * 100);
  return lang === 'ru' ? `${text} %` : `${text}%`;
}

/** Russian verb forms after a count of rows: 1 строка «повторяет», 5 строк «повторяют». */
function ruOne(n: number): boolean {
  return new Intl.PluralRules('ru').select(n) === 'one';
}
import type { Block, OutCell, TabSpec } from '../sheet-io';

/** One warning line: where it comes from and what it says. */
export interface Warning {
  source: string;
  message: string;
}

/** What the Quality tab shows. */
export interface QualityTabInput {
  lang: Lang;
  /** The run log line (already worded). */
  runLog: string;
  /** Versions of the settings and data (already worded), shown under the run log. */
  versionLine?: string;
  /** The ingestion report, or null when the data could not be read at all. */
  quality: QualityReport | null;
  /** The transactions tab's name, for the rejected rows' "where". */
  sourceTab: string;
  /** Problems in the user's Rules tab (rows of that tab), reported while the last good rules were used. */
  ruleProblems: RejectedRow[];
  rulesTab: string;
  warnings: Warning[];
  /** Ledger customers the run could not score (no purchase before the as-of date), listed with the reason. */
  unscored?: readonly UnscoredCustomer[];
}


/** Builds the Quality tab. */
export function qualityTab(input: QualityTabInput): TabSpec {
  const { lang, quality: q } = input;
  const blocks: Block[] = [{ header: [input.runLog], kinds: ['text'], rows: input.versionLine ? [[input.versionLine]] : [] }];
  if (q) {
    const r = q.reconciliation;
    blocks.push({
      title: t(lang, 'quality.totals'),
      header: [t(lang, 'col.item'), t(lang, 'col.count')],
      kinds: ['text', 'integer'],
      rows: [
        [t(lang, 'quality.totalRows'), q.totalRows],
        [t(lang, 'quality.usedRows'), q.usedRows],
        [t(lang, 'quality.rejectedRows'), q.rejectedRows],
        [t(lang, 'quality.excludedRows'), q.excludedRows],
        [t(lang, 'quality.customers'), q.customers],
        [t(lang, 'quality.orders'), q.orders],
      ],
    });
    blocks.push({
      title: t(lang, 'quality.reconciliation'),
      header: [t(lang, 'quality.inputTotal'), bi(lang, 'Отклонено, сумма', 'Rejected, total'), bi(lang, 'Исключено, сумма', 'Excluded, total'), t(lang, 'quality.ledgerNet'), t(lang, 'quality.difference')],
      kinds: ['money', 'money', 'money', 'money', 'money'],
      rows: [[r.inputTotal, r.rejectedTotal, r.excludedTotal, r.ledgerNet, r.difference]],
    });
  }
  if (input.ruleProblems.length > 0) {
    blocks.push({
      title: `${t(lang, 'quality.rulesProblem')} («${input.rulesTab}»)`,
      header: [t(lang, 'col.row'), t(lang, 'col.column'), t(lang, 'col.value'), t(lang, 'col.reason')],
      kinds: ['integer', 'text', 'text', 'text'],
      rows: input.ruleProblems.map((p) => [p.row, p.column, p.value, p.reason]),
    });
  }
  blocks.push({
    title: t(lang, 'quality.warnings'),
    header: [t(lang, 'col.source'), t(lang, 'col.message')],
    kinds: ['text', 'text'],
    rows: input.warnings.length > 0 ? input.warnings.map((w) => [w.source, w.message]) : [[t(lang, 'quality.noProblems'), null]],
  });
  const unscored = input.unscored ?? [];
  if (unscored.length > 0) {
    blocks.push({
      title: `${bi(lang, 'Без оценки', 'Not scored')}: ${plural(lang, unscored.length, 'customer')} (${bi(lang, 'нет покупок до даты расчёта', 'no purchase before the as-of date')})`,
      header: [bi(lang, 'Клиент', 'Customer'), bi(lang, 'Имя', 'Name'), bi(lang, 'Менеджер', 'Manager'), t(lang, 'col.reason')],
      kinds: ['text', 'text', 'text', 'text'],
      rows: unscored.map((u) => [u.customerId, u.name, u.manager, UNSCORED_REASONS[u.reason][lang]]),
    });
  }
  if (q) {
    const rows: OutCell[][] = q.rejected.map((x) => [x.row, x.column, x.value, x.reason]);
    if (q.rejectedNotListed > 0) {
      rows.push([null, null, null, bi(lang, `не показано ещё: ${plural('ru', q.rejectedNotListed, 'row')}`, `${plural('en', q.rejectedNotListed, 'row')} more not listed`)]);
    }
    blocks.push({
      title: `${t(lang, 'quality.rejected')} («${input.sourceTab}»)`,
      header: [t(lang, 'col.row'), t(lang, 'col.column'), t(lang, 'col.value'), t(lang, 'col.reason')],
      kinds: ['integer', 'text', 'text', 'text'],
      rows,
    });
  }
  return { blocks, frozenRows: 1, widths: [260, 170, 200, 420, 140] };
}

/** Warnings worth a user's attention from the ingestion report (completeness SLA, duplicates, future dates…). */
export function qualityWarnings(q: QualityReport, lang: Lang): Warning[] {
  const out: Warning[] = [];
  const src = bi(lang, 'Данные', 'Data');
  for (const c of q.completeness) {
    if (c.pass === false) {
      out.push({
        source: src,
        message: bi(
          lang,
          `«${c.column}»: пусто в ${pct('ru', c.emptyShare)} строк, допустимо ${pct('ru', c.sla ?? 0)}`,
          `"${c.column}": empty in ${pct('en', c.emptyShare)} of rows, the SLA allows ${pct('en', c.sla ?? 0)}`,
        ),
      });
    }
  }
  const duplicates = q.duplicates;
  if (duplicates !== null && duplicates.rows > 0) {
    out.push({
      source: src,
      message: bi(
        lang,
        `${plural('ru', duplicates.rows, 'row')} полностью ${ruOne(duplicates.rows) ? 'повторяет более раннюю (учтена' : 'повторяют более ранние (учтены'}; проверьте), например строка ${duplicates.sample[0]?.row}`,
        `${plural('en', duplicates.rows, 'row')} ${duplicates.rows === 1 ? 'repeats' : 'repeat'} an earlier row cell for cell (kept; check them), e.g. row ${duplicates.sample[0]?.row}`,
      ),
    });
  }
  if (q.futureDates && q.futureDates.rows > 0) {
    out.push({
      source: src,
      message: bi(
        lang,
        `${plural('ru', q.futureDates.rows, 'row')} с датой позже ${q.futureDates.today}, например строка ${q.futureDates.sampleRows[0]}`,
        `${plural('en', q.futureDates.rows, 'row')} dated after ${q.futureDates.today}, e.g. row ${q.futureDates.sampleRows[0]}`,
      ),
    });
  }
  if (q.zeroAmounts.rows > 0) {
    out.push({
      source: src,
      message: bi(lang, `${plural('ru', q.zeroAmounts.rows, 'row')} с нулевой суммой, например строка ${q.zeroAmounts.sampleRows[0]}`, `${plural('en', q.zeroAmounts.rows, 'row')} with a zero amount, e.g. row ${q.zeroAmounts.sampleRows[0]}`),
    });
  }
  /** A data check that found rows: "N rows: what was found, e.g. row R" (nothing when it found none). */
  const rowsFound = (found: { rows: number; sampleRows: number[] }, ru: string, en: string): void => {
    if (found.rows === 0) return;
    const first = found.sampleRows[0];
    out.push({ source: src, message: bi(lang, `${plural('ru', found.rows, 'row')}: ${ru}, например строка ${first}`, `${plural('en', found.rows, 'row')}: ${en}, e.g. row ${first}`) });
  };
  rowsFound(
    q.roundedByExcel.phone,
    'телефон округлён Excel (вида 7,91612E+10) и не использован для объединения клиентов (сделайте столбец текстовым)',
    'the phone was rounded by Excel (like 7.91612E+10) and not used to merge customers (format the column as text)',
  );
  rowsFound(
    q.roundedByExcel.order,
    'номер заказа округлён Excel (вида 1,23457E+11), каждая такая строка — отдельный заказ (сделайте столбец текстовым)',
    'the order id was rounded by Excel (like 1.23457E+11), each such row is an order of its own (format the column as text)',
  );
  if (q.amountCurrencies.length >= 2) {
    const list = q.amountCurrencies.map((c) => `${c.currency}: ${plural(lang, c.rows, 'row')}`).join('; ');
    out.push({
      source: src,
      message: bi(
        lang,
        `суммы в ${q.amountCurrencies.length} валютах сложены как одна (${list}; например, строка ${q.amountCurrencies[1].sampleRow}): оставьте одну валюту или пересчитайте суммы заранее`,
        `amounts in ${q.amountCurrencies.length} currencies were added up as one (${list}; e.g. row ${q.amountCurrencies[1].sampleRow}): keep one currency, or convert the amounts first`,
      ),
    });
  }
  for (const c of q.sharedContacts.slice(0, 10)) {
    out.push({
      source: src,
      message: bi(
        lang,
        `${c.via === 'email' ? 'e-mail' : 'телефон'} ${c.value} указан у ${c.accounts} учётных записей клиентов — похоже, это контакт магазина или менеджера; клиентов по нему не объединяли`,
        `${c.via === 'email' ? 'e-mail' : 'phone'} ${c.value} is on ${c.accounts} customer accounts — a shop's or a manager's own contact, it seems; no customers were merged by it`,
      ),
    });
  }
  rowsFound(
    q.placeholderContacts.email,
    'e-mail-заглушка (noemail@…, test@test.ru) не использован для объединения клиентов',
    'a placeholder e-mail (noemail@…, test@test.ru) was not used to merge customers',
  );
  rowsFound(
    q.placeholderContacts.phone,
    'телефон-заглушка (+7 000 000-00-00, 1234567) не использован для объединения клиентов',
    'a placeholder phone (+7 000 000-00-00, 1234567) was not used to merge customers',
  );
  if (q.merges.length > 0) {
    out.push({
      source: src,
      message: bi(
        lang,
        `объединено учётных записей клиентов по e-mail/телефону: ${q.merges.length} (например, ${q.merges[0].from} → ${q.merges[0].into})`,
        `customer accounts merged by e-mail/phone: ${q.merges.length} (e.g. ${q.merges[0].from} → ${q.merges[0].into})`,
      ),
    });
  }
  return out;
}
