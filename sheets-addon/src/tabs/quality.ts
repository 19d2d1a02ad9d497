/**
 * The Quality tab: the run log line at the top (when, rows, duration, warnings), then row totals, the
 * reconciliation line, warnings (rule table, sleep boundary, completeness SLA, data checks), and the
 * rejected rows with their row numbers in the source tab and reasons.
 */
import type { QualityReport, RejectedRow } from '../../../core/index';
import { bi, type Lang, t } from '../i18n';
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
  if (q) {
    const rows: OutCell[][] = q.rejected.map((x) => [x.row, x.column, x.value, x.reason]);
    if (q.rejectedNotListed > 0) {
      rows.push([null, null, null, bi(lang, `ещё ${q.rejectedNotListed} строк не показано`, `${q.rejectedNotListed} more rows not listed`)]);
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
          `«${c.column}»: пусто в ${(c.emptyShare * 100).toFixed(2)}% строк, допустимо ${((c.sla ?? 0) * 100).toFixed(2)}%`,
          `"${c.column}": empty in ${(c.emptyShare * 100).toFixed(2)}% of rows, the SLA allows ${((c.sla ?? 0) * 100).toFixed(2)}%`,
        ),
      });
    }
  }
  if (q.duplicates.rows > 0) {
    out.push({
      source: src,
      message: bi(
        lang,
        `${q.duplicates.rows} строк полностью повторяют более ранние (учтены; проверьте), например строка ${q.duplicates.sample[0]?.row}`,
        `${q.duplicates.rows} rows repeat an earlier row cell for cell (kept; check them), e.g. row ${q.duplicates.sample[0]?.row}`,
      ),
    });
  }
  if (q.futureDates && q.futureDates.rows > 0) {
    out.push({
      source: src,
      message: bi(
        lang,
        `${q.futureDates.rows} строк с датой позже ${q.futureDates.today}, например строка ${q.futureDates.sampleRows[0]}`,
        `${q.futureDates.rows} rows dated after ${q.futureDates.today}, e.g. row ${q.futureDates.sampleRows[0]}`,
      ),
    });
  }
  if (q.zeroAmounts.rows > 0) {
    out.push({
      source: src,
      message: bi(lang, `${q.zeroAmounts.rows} строк с нулевой суммой`, `${q.zeroAmounts.rows} rows with a zero amount`),
    });
  }
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
