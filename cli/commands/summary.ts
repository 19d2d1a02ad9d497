import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { renderVersionedJsonList } from '../format/render-versioned-json-list';
import { writeOutput } from '../io/write-output';
import { loadRun } from '../load-run';
import { runVersions } from '../format/run-versions';
import type { Command } from '../registry';
import { label } from '../render/labels';
import { renderRunHeader } from '../render/render-run-header';
import { renderSummaryTable, summaryCsv, summaryJson } from '../render/render-summary';

/** `rfm summary`: the segment table (and the track table) reconciled to the ledger. */
export const summaryCommand: Command = {
  name: 'summary',
  summary: { en: 'segment table: customers, revenue, shares, average check; totals equal the ledger', ru: 'таблица сегментов: клиенты, выручка, доли, средний чек; итог равен реестру' },
  usage:
    'rfm summary --input FILE|- [--config FILE] [--as-of YYYY-MM-DD|latest] [--columns MAP] [--delimiter C] [--encoding E]\n' +
    '            [--date-order dmy|mdy] [--time-zone TZ] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS },
  async run(flags, ctx) {
    const { run, lang, format, ledger, config } = await loadRun('summary', flags, ctx);
    const text =
      format === 'json'
        ? renderVersionedJsonList(summaryJson(run, lang), runVersions(ledger, config))
        : format === 'csv'
          ? summaryCsv(run, lang)
          : [renderRunHeader(run, lang), '', renderSummaryTable(run.summary, lang), '', renderSummaryTable(run.trackSummary, lang, label(lang, 'track')), ''].join('\n');
    await writeOutput(text, flags.out, ctx);
  },
};
