import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { loadRun } from '../load-run';
import { runVersions } from '../format/run-versions';
import type { Command } from '../registry';
import { renderRunHeader } from '../render/render-run-header';
import { renderThresholdsTable, thresholdsCsv, thresholdsJson } from '../render/render-thresholds';

/** `rfm thresholds`: the cut points actually used per axis and score, with customers per score. */
export const thresholdsCommand: Command = {
  name: 'thresholds',
  summary: { en: 'cut points used per axis and score, customers per score', ru: 'точки разреза по осям и баллам, клиенты на балл' },
  usage:
    'rfm thresholds --input FILE|- [--config FILE] [--as-of YYYY-MM-DD|latest] [--columns MAP] [--delimiter C] [--encoding E]\n' +
    '               [--date-order dmy|mdy] [--time-zone TZ] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS },
  async run(flags, ctx) {
    const { run, lang, format, ledger, config } = await loadRun('thresholds', flags, ctx);
    const text =
      format === 'json'
        ? `${JSON.stringify({ ...thresholdsJson(run), version: runVersions(ledger, config) }, null, 2)}\n`
        : format === 'csv'
          ? thresholdsCsv(run)
          : `${renderRunHeader(run, lang)}\n\n${renderThresholdsTable(run, lang)}\n`;
    await writeOutput(text, flags.out, ctx);
  },
};
